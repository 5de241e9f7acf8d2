package cn.quanze.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.cases.domain.CaseState;
import cn.quanze.cases.domain.SuspensionReason;
import cn.quanze.core.domain.Light;
import cn.quanze.core.domain.NamedFilter;
import cn.quanze.core.i18n.I18n;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.ui.common.SameThreadExecutor;
import cn.quanze.wiring.Workbench;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 限时办结 without a window: the demo district's cases on 2026-11-22, their filters, selection and commands. */
class CasesViewModelTest {
    private final cn.quanze.ui.common.RecordingForm form = new cn.quanze.ui.common.RecordingForm();

    @TempDir
    Path dir;
    private Workbench wb;
    private final SameThreadExecutor tasks = new SameThreadExecutor();
    private CasesViewModel vm;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        wb = TestWorkbench.withDemo(dir);
        vm = new CasesViewModel(wb.cases(), wb.departments(), wb.powers(), wb.settings(), tasks);
        vm.refresh();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private CaseRow row(String number) {
        return vm.cases().stream().filter(r -> r.history().file().number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void theFirstLoadShowsEveryCaseTheDueSoonListAndTheStartupNotice() {
        assertThat(vm.cases()).hasSize(wb.cases().all().size()).hasSizeGreaterThanOrEqualTo(36);
        assertThat(vm.totalCount()).isEqualTo(vm.cases().size());
        assertThat(vm.dueSoon()).isNotEmpty()
                .allMatch(r -> r.progress().isOpen() && r.progress().light() != Light.GREEN)
                .isSortedAccordingTo(Comparator.comparingInt(r -> r.progress().daysLeft()));
        long red = vm.dueSoon().stream().filter(r -> r.progress().light() == Light.RED).count();
        assertThat(vm.notice().get()).isEqualTo(I18n.t("cases.notice.startup", vm.dueSoon().size() - red, red));
        assertThat(vm.turned().get()).isEmpty();
        assertThat(vm.departmentOptions()).isNotEmpty();
        assertThat(vm.citablePowers()).isNotEmpty().allMatch(PowerItem::isActive);
        assertThat(tasks.errors()).isEmpty();
    }

    @Test
    void filtersNarrowTheTableAndClearingThemBringsEveryCaseBack() {
        int all = vm.cases().size();
        vm.filters().lightProperty().set(Light.RED);
        assertThat(vm.cases()).isNotEmpty().hasSizeLessThan(all).allMatch(r -> r.progress().light() == Light.RED);
        vm.filters().lightProperty().set(null);
        String department = vm.cases().get(0).departmentName();
        vm.filters().departmentProperty().set(department);
        assertThat(vm.cases()).isNotEmpty().allMatch(r -> r.departmentName().equals(department));
        vm.filters().departmentProperty().set("");
        vm.filters().powerProperty().set("XK-JYJ");
        assertThat(vm.cases()).isNotEmpty().allMatch(r -> r.powerCode().contains("XK-JYJ"));
        vm.filters().powerProperty().set("");
        LocalDate from = LocalDate.of(2026, 11, 1);
        vm.filters().receivedFromProperty().set(from);
        assertThat(vm.cases()).allMatch(r -> !r.history().file().receivedOn().isBefore(from));
        vm.filters().receivedFromProperty().set(null);
        assertThat(vm.cases()).hasSize(all);
    }

    @Test
    void aNamedFilterFromTheHomePaneReplacesTheOthersAndOpeningAHiddenCaseClearsIt() {
        vm.filters().powerProperty().set("XK-JYJ");
        vm.applyNamedFilter(NamedFilter.CASES_RED);
        assertThat(vm.filters().namedFilterProperty().get()).isEqualTo(NamedFilter.CASES_RED);
        assertThat(vm.filters().powerProperty().get()).isEmpty();
        assertThat(vm.cases()).isNotEmpty().allMatch(r -> r.progress().isOpen() && r.progress().light() == Light.RED);
        vm.applyNamedFilter("no-such-card");
        assertThat(vm.filters().namedFilterProperty().get()).isEqualTo(NamedFilter.CASES_RED);

        String hidden = wb.cases().all().stream().map(h -> h.file().id())
                .filter(id -> vm.cases().stream().noneMatch(r -> r.id().equals(id))).findFirst().orElseThrow();
        vm.open(hidden);
        assertThat(vm.filters().namedFilterProperty().get()).isEmpty();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(hidden);
        assertThat(vm.cases()).hasSize(vm.totalCount());
    }

    @Test
    void selectingACaseShowsItsTimelineAndSteps() {
        CaseRow school = vm.cases().stream().filter(r -> r.powerCode().equals("XK-JYJ-001")).findFirst().orElseThrow();
        vm.select(school);
        assertThat(vm.timeline()).containsExactlyElementsOf(school.history().events());
        assertThat(vm.steps()).hasSize(school.history().file().steps().size());
        assertThat(vm.isUnconfirmed(2027)).isTrue(); // its deadline reaches into a year not yet published
        assertThat(vm.isUnconfirmed(2026)).isFalse();
        vm.select(null);
        assertThat(vm.timeline()).isEmpty();
        assertThat(vm.steps()).isEmpty();
    }

    @Test
    void openingACaseWritesItAndTheReloadedTableShowsItSelectedCommandsFollow() {
        PowerItem food = vm.citablePowers().stream().filter(p -> p.code().equals("XK-SCJ-001-01")).findFirst()
                .orElseThrow();
        Integer[] limits = CasesViewModel.limitsOf(food);
        int before = vm.totalCount();
        vm.openCase(new CasesViewModel.NewCase(food, null, "上海测试餐饮有限公司", "食品经营许可新办申请",
                LocalDate.of(2026, 11, 13), limits[0], limits[1], null, null, null, null), form);
        assertThat(tasks.errors()).isEmpty();
        assertThat(vm.totalCount()).isEqualTo(before + 1);
        CaseRow created = vm.cases().stream().filter(r -> r.history().file().applicant().equals("上海测试餐饮有限公司"))
                .findFirst().orElseThrow();
        assertThat(vm.statusProperty().get()).isEqualTo(I18n.t("cases.opened", created.history().file().number()));
        assertThat(created.progress().light()).isEqualTo(Light.RED); // promised 5 working days: due 11-20

        vm.select(created);
        vm.suspend(SuspensionReason.CORRECTION, LocalDate.of(2026, 11, 16), "补正营业执照", form);
        assertThat(vm.statusProperty().get()).isEqualTo("已暂停计时");
        CaseRow suspended = row(created.history().file().number());
        assertThat(suspended.progress().state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(suspended.progress().light()).isEqualTo(Light.GREEN);
        assertThat(vm.selectedProperty().get().id()).isEqualTo(created.id()); // the selection survives the reload
        assertThat(vm.timeline()).hasSize(2);

        vm.resume(LocalDate.of(2026, 11, 20), form);
        assertThat(row(created.history().file().number()).progress().state()).isEqualTo(CaseState.OPEN);
        vm.complete(LocalDate.of(2026, 11, 22), "准予许可，已发证", form);
        CaseRow done = row(created.history().file().number());
        assertThat(done.progress().state()).isEqualTo(CaseState.COMPLETED);
        assertThat(done.progress().result()).isEqualTo("准予许可，已发证");
        assertThat(vm.dueSoon()).noneMatch(r -> r.id().equals(created.id()));
    }

    @Test
    void aStepDoneIsRecordedOnTheSelectedCaseAndTheNextStepIsOffered() {
        PowerItem stepped = vm.citablePowers().stream().filter(p -> p.steps().size() >= 2 && p.legalLimitDays() != null)
                .findFirst().orElseThrow();
        vm.openCase(new CasesViewModel.NewCase(stepped, null, "上海测试有限公司", "分环节办理的申请", vm.today(),
                stepped.legalLimitDays(), stepped.promisedLimitDays(), null, null, null, null), form);
        assertThat(tasks.errors()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("已受理办件");
        CaseRow withSteps = vm.cases().stream().filter(r -> r.history().file().applicant().equals("上海测试有限公司"))
                .findFirst().orElseThrow();
        vm.select(withSteps);
        assertThat(vm.steps()).hasSize(stepped.steps().size());
        int first = vm.nextOpenStep().orElseThrow();
        vm.stepDone(first, vm.today(), form);
        assertThat(vm.statusProperty().get()).isEqualTo(I18n.t("cases.done.step"));
        assertThat(vm.selectedProperty().get().id()).isEqualTo(withSteps.id());
        assertThat(vm.steps()).filteredOn(s -> s.index() == first).singleElement()
                .satisfies(s -> assertThat(s.doneOn()).isEqualTo(vm.today()));
        assertThat(vm.nextOpenStep()).hasValueSatisfying(next -> assertThat(next).isGreaterThan(first));
        vm.select(null);
        assertThat(vm.nextOpenStep()).isEmpty();
    }

    @Test
    void anExtensionWithoutApproverIsRefusedInWordsAndNothingIsWritten() {
        CaseRow open = vm.cases().stream().filter(r -> r.progress().isOpen()).findFirst().orElseThrow();
        vm.select(open);
        int events = open.history().events().size();
        vm.extend(10, "", "需现场核查", form);
        assertThat(form.lastMessage()).contains("批准人"); // the form stays open with the reason
        assertThat(form.done).isZero();
        assertThat(wb.cases().byId(open.id()).orElseThrow().events()).hasSize(events);
        assertThat(row(open.history().file().number()).progress().extensionDays()).isZero();

        vm.extend(10, "副局长 马建国", "需现场核查", form);
        assertThat(vm.statusProperty().get()).isEqualTo(I18n.t("cases.done.extended", 10));
        assertThat(row(open.history().file().number()).progress().extensionDays()).isEqualTo(10);
    }

    @Test
    void aLaterDayTurnsLightsAndSaysHowMany() {
        long redBefore = vm.cases().stream().filter(r -> r.progress().light() == Light.RED).count();
        vm.recheck(LocalDate.of(2026, 11, 25));
        assertThat(vm.notice().get()).startsWith("新增预警");
        assertThat(vm.turned().get()).endsWith(" · 2026-11-25");
        assertThat(vm.cases().stream().filter(r -> r.progress().light() == Light.RED).count()).isGreaterThan(redBefore);
        String turned = vm.turned().get();
        vm.recheck(LocalDate.of(2026, 11, 25)); // nothing new on the same day: the line stays as it was
        assertThat(vm.turned().get()).isEqualTo(turned);
    }
}
