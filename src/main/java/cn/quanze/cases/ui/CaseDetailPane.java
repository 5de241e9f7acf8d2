package cn.quanze.cases.ui;

import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.cases.domain.CaseEvent;
import cn.quanze.cases.domain.CaseProgress;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.LightCell;
import cn.quanze.ui.common.Tables;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected case below the table: its summary (limits, due dates, days used and suspended, state), a warning when
 * its deadline reaches into a year whose official schedule is not published yet, its steps and its timeline.
 */
final class CaseDetailPane {
    private CaseDetailPane() {
    }

    static Node of(CasesViewModel vm) {
        Label summary = new Label();
        summary.setId("cases-detail");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label warning = new Label();
        warning.setId("cases-unconfirmed");
        warning.getStyleClass().add("demo-badge");
        warning.setWrapText(true);
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        vm.selectedProperty().addListener((o, a, r) -> {
            summary.setText(r == null ? "" : summary(r));
            warning.setText(r == null || !r.progress().unconfirmed() ? "" : unconfirmedYears(vm, r));
        });
        SplitPane lists = new SplitPane(steps(vm), timeline(vm));
        lists.setDividerPositions(0.45);
        VBox box = new VBox(6, summary, warning, lists);
        VBox.setVgrow(lists, Priority.ALWAYS);
        return box;
    }

    private static TableView<CaseProgress.StepProgress> steps(CasesViewModel vm) {
        TableView<CaseProgress.StepProgress> steps = Tables.table(I18n.t("cases.steps.empty"));
        steps.setId("cases-steps");
        TableColumn<CaseProgress.StepProgress, String> light = Tables.text(I18n.t("common.col.light"),
                s -> s.light() == null ? null : s.light().name(), 60);
        light.setCellFactory(c -> new LightCell<>());
        steps.getColumns().add(light);
        steps.getColumns().add(Tables.text(I18n.t("cases.steps.name"), s -> s.step().name(), 90));
        steps.getColumns().add(Tables.text(I18n.t("cases.steps.post"), s -> Tables.orEmpty(s.step().post()), 100));
        steps.getColumns().add(Tables.text(I18n.t("cases.steps.limit"), s -> I18n.t("common.workdays",
                s.step().limitDays()), 70));
        steps.getColumns().add(Tables.text(I18n.t("cases.col.due"), s -> s.due().toString(), 95));
        steps.getColumns().add(Tables.text(I18n.t("cases.steps.done"), s -> Tables.orEmpty(s.doneOn()), 95));
        steps.setItems(vm.steps());
        return steps;
    }

    private static TableView<CaseEvent> timeline(CasesViewModel vm) {
        TableView<CaseEvent> timeline = Tables.table(I18n.t("cases.timeline.empty"));
        timeline.setId("cases-timeline");
        timeline.getColumns().add(Tables.text(I18n.t("cases.timeline.date"), e -> e.date().toString(), 95));
        timeline.getColumns().add(Tables.text(I18n.t("cases.timeline.event"), e -> I18n.of(e.type()), 90));
        timeline.getColumns().add(Tables.text(I18n.t("cases.timeline.detail"), CaseTexts::eventDetail, 300));
        timeline.getColumns().add(Tables.text(I18n.t("cases.timeline.actor"), e -> Tables.orEmpty(e.actor()), 90));
        timeline.setItems(vm.timeline());
        return timeline;
    }

    static String summary(CaseRow r) {
        var f = r.history().file();
        var p = r.progress();
        return I18n.t("cases.detail", f.number(), f.matter(), f.applicant(),
                r.powerCode().isEmpty() ? r.powerName() : r.powerCode() + " " + r.powerName(), r.departmentName(),
                Tables.orEmpty(f.person()), f.receivedOn(), f.legalLimitDays() + p.extensionDays(),
                f.promisedLimitDays() == null ? "" : I18n.t("cases.detail.promised", f.promisedLimitDays(),
                        Tables.orEmpty(p.promisedDue())), p.legalDue(), p.usedDays(), p.suspendedDays(),
                I18n.of(p.state()) + (p.suspendedFor() == null ? "" : "（" + I18n.of(p.suspendedFor()) + "）")
                        + (p.result() == null ? "" : "：" + p.result()));
    }

    private static String unconfirmedYears(CasesViewModel vm, CaseRow r) {
        LocalDate end = r.progress().legalDue().isAfter(r.progress().due()) ? r.progress().legalDue() : r.progress().due();
        StringBuilder sb = new StringBuilder("⚠ ");
        for (int y = r.history().file().receivedOn().getYear(); y <= end.getYear(); y++) {
            if (vm.isUnconfirmed(y)) {
                sb.append(I18n.t("calendar.unconfirmed.warning", Integer.toString(y))).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
