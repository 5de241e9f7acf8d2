package cn.quanze.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The product's classes (not the tests', not the benches') keep the map of docs/architecture.md. */
@AnalyzeClasses(packages = "cn.quanze", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest static final ArchRule noCyclesBetweenFeatures = ArchitectureRules.NO_CYCLES_BETWEEN_FEATURES;
    @ArchTest static final ArchRule noCyclesInsideFeatures = ArchitectureRules.NO_CYCLES_INSIDE_FEATURES;
    @ArchTest static final ArchRule domainIsPure = ArchitectureRules.DOMAIN_IS_PURE;
    @ArchTest static final ArchRule calendarUsesOnlyTheLunarLibrary = ArchitectureRules.CALENDAR_USES_ONLY_THE_LUNAR_LIBRARY;
    @ArchTest static final ArchRule sqlOnlyInData = ArchitectureRules.SQL_ONLY_IN_DATA;
    @ArchTest static final ArchRule uiTouchesNoDatabase = ArchitectureRules.UI_TOUCHES_NO_DATABASE;
    @ArchTest static final ArchRule cliKnowsNoWindow = ArchitectureRules.CLI_KNOWS_NO_WINDOW;
    @ArchTest static final ArchRule uiKnowsNoCli = ArchitectureRules.UI_KNOWS_NO_CLI;
    @ArchTest static final ArchRule onlyPanesKnowJavafx = ArchitectureRules.ONLY_PANES_KNOW_JAVAFX;
    @ArchTest static final ArchRule viewModelsTouchNoControls = ArchitectureRules.VIEW_MODELS_TOUCH_NO_CONTROLS;
    @ArchTest static final ArchRule featureInternalsStayInside = ArchitectureRules.FEATURE_INTERNALS_STAY_INSIDE;
    @ArchTest static final ArchRule coreIsThin = ArchitectureRules.CORE_IS_THIN;
}
