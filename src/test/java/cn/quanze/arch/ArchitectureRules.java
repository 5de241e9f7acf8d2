package cn.quanze.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.conditions.ArchConditions.never;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The map of docs/architecture.md as rules. {@link LayeringTest} checks them on the product's classes;
 * {@link PlantedViolationTest} proves each one fails on a throwaway class that breaks it.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static final String[] FEATURES = {"org", "powers", "duties", "cases", "supervision", "evaluation", "sync"};

    /** No cycles between the top-level packages (core, each feature, home, search, admin, ui, cli, app, wiring). */
    static final ArchRule NO_CYCLES_BETWEEN_FEATURES = slices().matching("cn.quanze.(*)..")
            .should().beFreeOfCycles().allowEmptyShould(true);

    /** Nor between the packages inside a feature (domain, data, files, ui, the feature's own root). */
    static final ArchRule NO_CYCLES_INSIDE_FEATURES = slices().matching("cn.quanze.(*).(*)..")
            .should().beFreeOfCycles().allowEmptyShould(true);

    /** Domain types and rules use the JDK and other domain types only. */
    static final ArchRule DOMAIN_IS_PURE = classes().that().resideInAPackage("cn.quanze..domain..")
            .and().resideOutsideOfPackage("cn.quanze.cases.domain.calendar..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "cn.quanze..domain..")
            .andShould(never(dependOnClassesThat(resideInAnyPackage("java.sql..", "java.awt..", "javax.swing.."))));

    /** The one stated exception: the Chinese calendar uses the lunar library for the lunar-dated holidays. */
    static final ArchRule CALENDAR_USES_ONLY_THE_LUNAR_LIBRARY = classes().that()
            .resideInAPackage("cn.quanze.cases.domain.calendar..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.quanze..domain..", "com.nlf.calendar..")
            .andShould(never(dependOnClassesThat(resideInAnyPackage("java.sql..", "java.awt..", "javax.swing.."))));

    /** SQL lives in core's database package and in each feature's data package (its repositories and queries). */
    static final ArchRule SQL_ONLY_IN_DATA = noClasses().that()
            .resideOutsideOfPackages("cn.quanze.core.db..", "cn.quanze..data..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("cn.quanze.core.db.Sql")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("cn.quanze.core.db.Database");

    /** Panes reach the database only through feature services: never the store, a unit of work or SQL. */
    static final ArchRule UI_TOUCHES_NO_DATABASE = noClasses().that().resideInAnyPackage("cn.quanze..ui..")
            .should().dependOnClassesThat().haveFullyQualifiedName("cn.quanze.core.db.Store")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("cn.quanze.core.db.UnitOfWork")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("cn.quanze.core.db.Row")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..");

    /** The command line and the window are two front ends: neither uses the other. */
    static final ArchRule CLI_KNOWS_NO_WINDOW = noClasses().that().resideInAPackage("cn.quanze.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "cn.quanze..ui..", "cn.quanze.app..");

    static final ArchRule UI_KNOWS_NO_CLI = noClasses().that().resideInAnyPackage("cn.quanze..ui..", "cn.quanze.app..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.quanze.cli..");

    /** Below the panes nothing knows JavaFX. */
    static final ArchRule ONLY_PANES_KNOW_JAVAFX = noClasses().that()
            .resideOutsideOfPackages("cn.quanze..ui..", "cn.quanze.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    /** ViewModels hold state and commands, never controls. */
    static final ArchRule VIEW_MODELS_TOUCH_NO_CONTROLS = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    /** A feature's panes and file formats are its own: another feature uses its services, repositories and types. */
    static final ArchRule FEATURE_INTERNALS_STAY_INSIDE = classes().that().resideInAnyPackage(
                    "cn.quanze.org..", "cn.quanze.powers..", "cn.quanze.duties..", "cn.quanze.cases..",
                    "cn.quanze.supervision..", "cn.quanze.evaluation..", "cn.quanze.sync..")
            .should(new FeatureInternals());

    /** Only the composition root and the front ends use the composition (modules) package. */
    static final ArchRule CORE_IS_THIN = noClasses().that().resideInAPackage("cn.quanze.core..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.quanze.org..", "cn.quanze.powers..",
                    "cn.quanze.duties..", "cn.quanze.cases..", "cn.quanze.supervision..", "cn.quanze.evaluation..",
                    "cn.quanze.sync..", "cn.quanze.home..", "cn.quanze.search..", "cn.quanze.admin..",
                    "cn.quanze.ui..", "cn.quanze.cli..", "cn.quanze.app..", "cn.quanze.wiring..", "cn.quanze.demo..");
}
