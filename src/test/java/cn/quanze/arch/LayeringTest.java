package cn.quanze.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md: domain → store → sync/exchange → ui/cli, wired in app. */
@AnalyzeClasses(packages = "cn.quanze", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("cn.quanze.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "cn.quanze.store..",
                    "cn.quanze.sync..", "cn.quanze.exchange..", "cn.quanze.ui..", "cn.quanze.cli..", "cn.quanze.app..");

    @ArchTest
    static final ArchRule storeKnowsNoUi = noClasses().that().resideInAPackage("cn.quanze.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "cn.quanze.sync..", "cn.quanze.exchange..",
                    "cn.quanze.ui..", "cn.quanze.cli..", "cn.quanze.app..");

    @ArchTest
    static final ArchRule syncAndExchangeKnowNoUi = noClasses().that()
            .resideInAnyPackage("cn.quanze.sync..", "cn.quanze.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "cn.quanze.ui..", "cn.quanze.cli..",
                    "cn.quanze.app..");

    @ArchTest
    static final ArchRule uiHasNoSql = noClasses().that().resideInAPackage("cn.quanze.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "cn.quanze.cli..");

    @ArchTest
    static final ArchRule viewModelsTouchNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    @ArchTest
    static final ArchRule cliHasNoWindow = noClasses().that().resideInAPackage("cn.quanze.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "cn.quanze.ui..");
}
