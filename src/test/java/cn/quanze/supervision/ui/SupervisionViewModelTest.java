package cn.quanze.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.quanze.TestWorkbench;
import cn.quanze.core.domain.Light;
import cn.quanze.core.domain.NamedFilter;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import cn.quanze.supervision.SupervisionMessages;
import cn.quanze.supervision.data.SupervisionAttention;
import cn.quanze.supervision.data.SupervisionBoard.Entry;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.ui.common.SameThreadExecutor;
import cn.quanze.wiring.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 督查督办 without a window: the demo register on 2026-11-22, its filters and named filters, the detail of an item,
 * an item's first steps, a refused step's sentence and the ledger. As in the window, the store's change listener
 * reloads the register after each write.
 */
class SupervisionViewModelTest {
    private final cn.quanze.ui.common.RecordingForm form = new cn.quanze.ui.common.RecordingForm();

    private static final String TITLE = "整治背街小巷环境卫生";
    @TempDir
    Path dir;
    private Workbench wb;
    private final SameThreadExecutor tasks = new SameThreadExecutor();
    private SupervisionViewModel vm;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wb = TestWorkbench.withDemo(dir.resolve("data"));
        vm = new SupervisionViewModel(wb.supervision(), wb.departments(), wb.supervisionService(),
                wb.supervisionBoard(), new SupervisionExports(wb.notices(), wb.supervisionReports(), wb.ledger(),
                dir.resolve("exports")), tasks);
        wb.store().addChangeListener(changed -> vm.refresh());
        vm.refresh();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Entry ours() {
        return vm.entries().stream().filter(e -> e.item().title().equals(TITLE)).findFirst().orElseThrow();
    }

    private SupervisionItem draft(Department lead) {
        return new SupervisionItem(null, 0, 0, SupervisionSource.LEADER_INSTRUCTION, null, null, TITLE,
                "对辖区内背街小巷开展环境卫生集中整治", Importance.MAJOR, lead.id(), List.of(), "副区长", null, null,
                LocalDate.of(2027, 3, 31), null, List.of(), FeedbackCycle.MONTHLY, null, SupervisionState.REGISTERED,
                null, null, null, 0, false);
    }

    @Test
    void theRegisterLoadsAndEachFilterNarrowsIt() {
        int all = vm.entries().size();
        assertThat(all).isGreaterThan(60);
        assertThat(vm.units()).isNotEmpty();
        vm.stateFilterProperty().set(SupervisionState.IN_PROGRESS);
        assertThat(vm.entries()).isNotEmpty().hasSizeLessThan(all)
                .allMatch(e -> e.item().state() == SupervisionState.IN_PROGRESS);
        vm.stateFilterProperty().set(null);
        vm.lightFilterProperty().set(Light.RED);
        assertThat(vm.entries()).allMatch(e -> e.light() == Light.RED);
        vm.lightFilterProperty().set(null);
        Entry some = vm.entries().get(0);
        Department lead = vm.units().stream().filter(d -> d.id().equals(some.item().leadUnitId())).findFirst()
                .orElseThrow();
        vm.unitFilterProperty().set(lead);
        assertThat(vm.entries()).contains(some).allMatch(e -> e.item().leadUnitId().equals(lead.id()));
        assertThat(vm.unitName(lead.id())).isEqualTo(lead.name());
        vm.unitFilterProperty().set(null);
        vm.missedOnlyProperty().set(true);
        assertThat(vm.entries()).allMatch(e -> e.missedCycles() > 0);
        vm.missedOnlyProperty().set(false);
        String word = some.item().title().substring(0, 2);
        vm.searchProperty().set(" " + word + " ");
        assertThat(vm.entries()).contains(some).allMatch(e -> e.item().title().contains(word)
                || e.item().displayNumber().contains(word) || e.leadUnit().contains(word));
        vm.searchProperty().set("");
        assertThat(vm.entries()).hasSize(all);
    }

    @Test
    void aNamedFilterShowsWhatTheCardCountedAndOpeningAHiddenItemClearsIt() {
        vm.stateFilterProperty().set(SupervisionState.REGISTERED);
        vm.applyNamedFilter(NamedFilter.OVERDUE);
        assertThat(vm.namedFilterProperty().get()).isEqualTo(NamedFilter.OVERDUE);
        assertThat(vm.stateFilterProperty().get()).isNull();
        var overdue = SupervisionAttention.supervision(NamedFilter.OVERDUE, vm.today()).orElseThrow();
        assertThat(vm.entries()).isNotEmpty().allMatch(overdue);
        String hidden = wb.supervision().all().stream().filter(i -> vm.entries().stream()
                .noneMatch(e -> e.item().id().equals(i.id()))).findFirst().orElseThrow().id();
        vm.open(hidden);
        assertThat(vm.namedFilterProperty().get()).isEmpty();
        assertThat(vm.selectedProperty().get().item().id()).isEqualTo(hidden);
    }

    @Test
    void selectingAnItemLoadsItsFeedbackAndTimeline() {
        Entry withFeedback = vm.entries().stream()
                .filter(e -> !wb.supervision().feedbackOf(e.item().id()).isEmpty()).findFirst().orElseThrow();
        vm.select(withFeedback);
        assertThat(vm.feedback()).hasSameSizeAs(wb.supervision().feedbackOf(withFeedback.item().id()));
        assertThat(vm.timeline()).hasSizeGreaterThanOrEqualTo(vm.feedback().size());
        vm.select(null);
        assertThat(vm.feedback()).isEmpty();
        assertThat(vm.timeline()).isEmpty();
    }

    @Test
    void registerAssignAndStartAnItemTheRegisterFollowsEachStep() {
        vm.register(draft(wb.departments().byCode("JSW").orElseThrow()), form);
        assertThat(tasks.errors()).isEmpty();
        assertThat(ours().item().state()).isEqualTo(SupervisionState.REGISTERED);
        vm.select(ours());
        vm.assign();
        assertThat(ours().item().state()).isEqualTo(SupervisionState.ASSIGNED);
        assertThat(ours().item().displayNumber()).startsWith("督办〔2026〕");
        assertThat(vm.selectedProperty().get().item().state()).isEqualTo(SupervisionState.ASSIGNED);
        vm.start();
        assertThat(ours().item().state()).isEqualTo(SupervisionState.IN_PROGRESS);
        vm.urge("请加快进度，月底前完成一半", form);
        assertThat(vm.timeline()).isNotEmpty();
        assertThat(tasks.errors()).isEmpty();
    }

    @Test
    void aStepTheRulesRefuseComesBackAsTheirSentenceAndChangesNothing() {
        vm.register(draft(wb.departments().byCode("JSW").orElseThrow()), form);
        vm.select(ours());
        String id = ours().item().id();
        vm.archive();
        TransitionRefused refused = catchThrowableOfType(TransitionRefused.class,
                () -> wb.supervisionService().archive(id));
        assertThat(tasks.lastError()).isEqualTo(SupervisionMessages.describe(refused)).doesNotContain("!");
        assertThat(wb.supervision().byId(id).orElseThrow().state()).isEqualTo(SupervisionState.REGISTERED);
        assertThat(wb.supervision().eventsOf(id)).hasSize(1);
    }

    @Test
    void theLedgerHoldsTheItemsTheFiltersShow() throws Exception {
        vm.stateFilterProperty().set(SupervisionState.IN_PROGRESS);
        Path ledger = dir.resolve("台账.xlsx");
        vm.exportLedger(ledger, form);
        assertThat(vm.lastWrittenProperty().get()).isEqualTo(ledger);
        assertThat(Files.size(ledger)).isGreaterThan(3000);
        assertThat(vm.exportDir()).isEqualTo(dir.resolve("exports"));
    }
}
