package cn.quanze.powers.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerRules;
import cn.quanze.core.i18n.I18n;
import cn.quanze.powers.data.PowerListService;
import cn.quanze.ui.common.DateField;
import cn.quanze.ui.common.FormOutcome;
import cn.quanze.ui.common.Screens;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** 取消, 下放 or 合并 one item: the decision's 文号, reason and effective date (and for 合并, the item merged into). */
final class AdjustDialog {
    private AdjustDialog() {
    }

    static void show(Window owner, PowersViewModel vm, PowerItem item, AdjustmentKind kind) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("powers.adjust.title", I18n.of(kind), item.name()));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        TextField docNo = new TextField();
        docNo.setId("powers-adjust-docno");
        docNo.setPrefColumnCount(28);
        TextArea reason = new TextArea();
        reason.setId("powers-adjust-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        DateField dateField = new DateField("powers-adjust-date", I18n.t("powers.adjust.effective"), vm.today());
        DatePicker date = dateField.picker();
        int r = 0;
        g.addRow(r++, new Label(I18n.t("powers.adjust.item")), new Label(item.code() + " " + item.name()));
        g.addRow(r++, new Label(I18n.t("powers.adjust.docNo")), docNo);
        g.addRow(r++, new Label(I18n.t("powers.adjust.reason")), reason);
        g.addRow(r++, new Label(I18n.t("powers.adjust.effective")), dateField.node());
        ComboBox<PowerItem> target = new ComboBox<>();
        target.setId("powers-adjust-target");
        if (kind == AdjustmentKind.MERGE) {
            target.getItems().setAll(vm.allItems().stream().filter(p -> !p.id().equals(item.id())
                    && PowerRules.citableByNewCase(p) && p.type() == item.type()).toList());
            target.setCellFactory(l -> cell());
            target.setButtonCell(cell());
            g.addRow(r++, new Label(I18n.t("powers.adjust.target")), target);
        }
        if (item.parentId() == null && vm.allItems().stream().anyMatch(p -> item.id().equals(p.parentId()))) {
            Label note = new Label(I18n.t("powers.adjust.subItemsToo"));
            note.getStyleClass().add(Styles.TEXT_MUTED);
            g.add(note, 1, r++);
        }
        Label error = new Label();
        error.setId("powers-adjust-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        g.add(error, 1, r);
        dialog.getDialogPane().setContent(g);
        Screens.fit(dialog);
        ButtonType ok = new ButtonType(I18n.t("powers.adjust.confirm", I18n.of(kind)), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(I18n.t("common.cancel"));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("powers-adjust-ok");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            error.setText("");
            if (!dateField.check()) {
                return;
            }
            String problem = vm.adjustProblem(kind, docNo.getText(), date.getValue(), target.getValue());
            if (problem != null) {
                error.setText(problem);
                return;
            }
            okButton.setDisable(true);
            vm.adjust(item, kind, new PowerListService.Decision(docNo.getText().trim(), reason.getText().trim(),
                    date.getValue()), target.getValue() == null ? null : target.getValue().id(), new FormOutcome() {
                        @Override
                        public void done() {
                            dialog.close();
                        }

                        @Override
                        public void refused(String message, String field) {
                            okButton.setDisable(false);
                            error.setText(message);
                        }
                    });
        });
        dialog.show();
    }

    private static ListCell<PowerItem> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PowerItem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.code() + " " + p.name());
            }
        };
    }
}
