package cn.quanze.supervision.ui;

import cn.quanze.supervision.domain.AssignmentRules;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.AssignmentBoard.Counts;
import cn.quanze.supervision.data.AssignmentBoard.Line;
import cn.quanze.ui.common.LightCell;
import cn.quanze.ui.common.Tables;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The issuer's roll-up: per item and unit the 签收 state, last feedback, progress, light and when the office was last
 * heard from (so "late" reads apart from "not yet synced"), the counts on the issuer's calendar, and the decisions:
 * 审核 of 申请办结, 延期审批, 改派 after a 退回, 催办.
 */
final class AssignmentRollupPane {
    private final AssignmentViewModel vm;
    private final VBox root;
    private final TableView<Line> table = Tables.table(I18n.t("supervision.assign.rollup.empty"));
    private final Label counts = new Label();
    private final Label shared = new Label();

    AssignmentRollupPane(AssignmentViewModel vm) {
        this.vm = vm;
        table.setId("assign-rollup");
        TableColumn<Line, String> light = Tables.text(I18n.t("common.col.light"),
                l -> l.light() == null ? null : l.light().name(), 70);
        light.setCellFactory(c -> new LightCell<>());
        table.getColumns().add(light);
        table.getColumns().add(Tables.text(I18n.t("supervision.col.number"), AssignmentText::number, 140));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.title"), AssignmentText::title, 150));
        table.getColumns().add(Tables.text(I18n.t("supervision.assign.col.unit"), l -> Tables.orEmpty(l.unitName())
                + "（" + I18n.of(l.dispatch().role()) + "）", 170));
        table.getColumns().add(Tables.text(I18n.t("supervision.assign.col.receipt"), AssignmentText::receiptWithDate, 165));
        table.getColumns().add(Tables.text(I18n.t("supervision.assign.col.lastFeedback"),
                l -> l.receipt() == null ? "" : Tables.orEmpty(l.receipt().lastFeedbackOn()), 90));
        table.getColumns().add(Tables.value(I18n.t("supervision.col.progress"),
                l -> l.receipt() == null ? 0 : l.receipt().progress(), 60));
        table.getColumns().add(Tables.text(I18n.t("supervision.col.deadline"), l -> Tables.orEmpty(l.dispatch().deadline()), 90));
        table.getColumns().add(Tables.text(I18n.t("supervision.assign.col.lastHeard"), l -> Tables.orEmpty(l.lastHeard()), 90));
        table.getColumns().add(Tables.text(I18n.t("supervision.assign.col.request"), AssignmentText::request, 140));
        table.setItems(vm.rollup());
        counts.setId("assign-counts");
        counts.setWrapText(true);
        vm.countsProperty().addListener((o, a, c) -> counts.setText(text(c)));
        shared.setId("assign-shared");
        shared.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> shared.setText(sharedText(l)));

        Button review = button("supervision.assign.action.review", "assign-review");
        review.setOnAction(e -> {
            Line l = line();
            SupervisionForms.review(window(), AssignmentText.title(l), l.receipt().requestText(), (r, form) ->
                    vm.decide(l, r.yes() ? Decision.COMPLETION_APPROVED : Decision.COMPLETION_RETURNED, r.text(), null,
                            form));
        });
        Button extension = button("supervision.assign.action.extension", "assign-extension");
        extension.setOnAction(e -> {
            Line l = line();
            SupervisionForms.extensionDecision(window(), AssignmentText.title(l), l.receipt().requestedDeadline(),
                    l.receipt().requestText(), (r, form) -> vm.decide(l, r.yes() ? Decision.EXTENSION_APPROVED
                    : Decision.EXTENSION_REFUSED, r.text(), r.date(), form));
        });
        Button reassign = button("supervision.assign.action.reassign", "assign-reassign");
        reassign.setOnAction(e -> {
            Line l = line();
            AssignmentForms.reassign(window(), AssignmentText.title(l), vm.units(),
                    l.receipt() == null ? null : l.receipt().suggestedUnit(), (r, form) -> vm.reassign(l, r.unit(),
                    r.note(), form));
        });
        Button urge = button("supervision.assign.action.urge", "assign-urge");
        urge.setOnAction(e -> SupervisionForms.text(window(), "supervision.form.urge.title", "supervision.field.urgeText",
                AssignmentText.title(line()), (t, form) -> vm.urge(line(), t, form)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> {
            boolean pending = l != null && AssignmentRules.pending(l.dispatch(), l.receipt());
            review.setDisable(!(pending && l.receipt().requestKind() == RequestKind.COMPLETION));
            extension.setDisable(!(pending && l.receipt().requestKind() == RequestKind.EXTENSION));
            reassign.setDisable(l == null || !l.dispatch().active());
            urge.setDisable(l == null || !l.dispatch().active() || l.dispatch().completed());
        });
        javafx.scene.control.Spinner<Integer> days = new javafx.scene.control.Spinner<>(0, 30,
                vm.signDaysProperty().get());
        days.setId("assign-sign-days");
        days.setPrefWidth(80);
        days.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.signDaysProperty().get()) {
                vm.setSignDays(b);
            }
        });
        vm.signDaysProperty().addListener((o, a, b) -> days.getValueFactory().setValue(b.intValue()));
        Label daysLabel = new Label(I18n.t("supervision.assign.signDays"));
        root = AssignmentInboxPane.section("supervision.assign.rollup.title", table, review, extension, reassign, urge,
                daysLabel, days);
        root.getChildren().add(1, counts);
        root.getChildren().add(shared);
        root.setId("assign-issuer");
    }

    private String text(Counts c) {
        return c == null ? "" : I18n.t("supervision.assign.counts", c.total(), c.signed(), c.unsigned(), c.signLate(),
                vm.signDaysProperty().get(), c.returned(), c.pending(), c.overdue(), c.completed(), c.notYetSynced());
    }

    /** The selected line in full (the table truncates): item, unit, 签收, request, shared sub-tasks. */
    private static String sharedText(Line l) {
        if (l == null) {
            return "";
        }
        String detail = I18n.t("supervision.assign.detail", AssignmentText.number(l), AssignmentText.title(l),
                Tables.orEmpty(l.unitName()), I18n.of(l.dispatch().role()), AssignmentText.receiptWithDate(l),
                AssignmentText.request(l), l.receipt() == null || l.receipt().requestText() == null ? ""
                        : l.receipt().requestText());
        if (l.receipt() == null || l.receipt().subtasks().isEmpty()) {
            return detail;
        }
        return detail + "\n" + I18n.t("supervision.assign.sharedSubtasks") + l.receipt().subtasks().stream()
                .map(AssignmentRollupPane::one).collect(Collectors.joining("；"));
    }

    private static String one(Receipt.SharedSubtask s) {
        return I18n.t("supervision.assign.subtaskLine", s.department(), s.content(), s.progress());
    }

    private Line line() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Button button(String key, String id) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setDisable(true);
        return b;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    Node root() {
        return root;
    }
}
