package cn.quanze.arch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.cases.domain.calendar.planted.JsonInCalendar;
import cn.quanze.cases.planted.CasesToPowers;
import cn.quanze.cli.planted.CliOpensWindow;
import cn.quanze.core.db.planted.CoreKnowsPowers;
import cn.quanze.duties.data.planted.DataToFiles;
import cn.quanze.duties.files.planted.FilesToData;
import cn.quanze.powers.domain.planted.SqlInDomain;
import cn.quanze.powers.files.planted.SqlInFiles;
import cn.quanze.powers.planted.PowersToCases;
import cn.quanze.powers.ui.planted.DeletingView;
import cn.quanze.powers.ui.planted.LabelViewModel;
import cn.quanze.supervision.data.planted.PropertyInService;
import cn.quanze.supervision.data.planted.ReachesIntoPowers;
import cn.quanze.supervision.domain.planted.LunarOutsideCalendar;
import cn.quanze.ui.planted.PaneRunsCommand;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on a throwaway class (test sources, package {@code ..planted})
 * that breaks it, and names that class: the rules bite. {@link LayeringTest} shows the product keeps them.
 */
class PlantedViolationTest {
    private static void fails(ArchRule rule, Class<?>... planted) {
        JavaClasses classes = new ClassFileImporter().importClasses(planted);
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains(planted[0].getSimpleName());
    }

    @Test
    void aCycleBetweenFeaturesFails() {
        fails(ArchitectureRules.NO_CYCLES_BETWEEN_FEATURES, PowersToCases.class, CasesToPowers.class);
    }

    @Test
    void aCycleInsideAFeatureFails() {
        fails(ArchitectureRules.NO_CYCLES_INSIDE_FEATURES, DataToFiles.class, FilesToData.class);
    }

    @Test
    void sqlInTheDomainFails() {
        fails(ArchitectureRules.DOMAIN_IS_PURE, SqlInDomain.class);
    }

    @Test
    void theLunarLibraryOutsideTheCalendarFails() {
        fails(ArchitectureRules.DOMAIN_IS_PURE, LunarOutsideCalendar.class);
    }

    @Test
    void anotherLibraryInTheCalendarFails() {
        fails(ArchitectureRules.CALENDAR_USES_ONLY_THE_LUNAR_LIBRARY, JsonInCalendar.class);
    }

    @Test
    void sqlOutsideDataPackagesFails() {
        fails(ArchitectureRules.SQL_ONLY_IN_DATA, SqlInFiles.class);
        fails(ArchitectureRules.SQL_ONLY_IN_DATA, SqlInDomain.class);
    }

    @Test
    void aPaneRunningADeleteThroughTheStoreFails() {
        fails(ArchitectureRules.UI_TOUCHES_NO_DATABASE, DeletingView.class);
    }

    @Test
    void theCommandLineReachingTheWindowFails() {
        fails(ArchitectureRules.CLI_KNOWS_NO_WINDOW, CliOpensWindow.class);
    }

    @Test
    void aPaneUsingTheCommandLineFails() {
        fails(ArchitectureRules.UI_KNOWS_NO_CLI, PaneRunsCommand.class);
    }

    @Test
    void javafxBelowThePanesFails() {
        fails(ArchitectureRules.ONLY_PANES_KNOW_JAVAFX, PropertyInService.class);
    }

    @Test
    void aViewModelHoldingAControlFails() {
        fails(ArchitectureRules.VIEW_MODELS_TOUCH_NO_CONTROLS, LabelViewModel.class);
    }

    @Test
    void usingAnotherFeaturesFileFormatFails() {
        fails(ArchitectureRules.FEATURE_INTERNALS_STAY_INSIDE, ReachesIntoPowers.class);
    }

    @Test
    void coreKnowingAFeatureFails() {
        fails(ArchitectureRules.CORE_IS_THIN, CoreKnowsPowers.class);
    }
}
