package cn.quanze.sync.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.sync.data.Conflicts;
import cn.quanze.ui.common.Tables;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Conflicts: the list, and for the selected record every version side by side with the conflicting fields
 * marked; keep one version whole, or choose per field.
 */
final class ConflictsPane {
    private final SyncViewModel vm;
    private final VBox root;
    private final GridPane sides = new GridPane();
    private final HBox actions = new HBox(8);

    ConflictsPane(SyncViewModel vm) {
        this.vm = vm;
        TableView<Conflicts.Conflict> table = Tables.table(I18n.t("sync.pane.noConflicts"));
        table.setId("sync-conflicts");
        table.getColumns().add(Tables.text(I18n.t("sync.col.entity"), c -> SyncViewModel.entityLabel(c.entity()), 110));
        table.getColumns().add(Tables.text(I18n.t("sync.col.record"), Conflicts.Conflict::label, 260));
        table.getColumns().add(Tables.text(I18n.t("sync.col.fields"), c -> String.join("、",
                c.fields().stream().map(SyncViewModel::fieldLabel).toList()), 200));
        table.getColumns().add(Tables.value(I18n.t("sync.col.versions"), c -> c.versions().size(), 80));
        table.setItems(vm.conflicts());
        table.setPrefHeight(180);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> show(c));
        sides.setHgap(16);
        sides.setVgap(6);
        sides.setId("sync-conflict-sides");
        Label hint = new Label(I18n.t("sync.pane.conflictsHint"));
        hint.setWrapText(true);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(sides);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(10, hint, table, actions, scroll);
        root.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
    }

    private void show(Conflicts.Conflict c) {
        sides.getChildren().clear();
        actions.getChildren().clear();
        if (c == null) {
            return;
        }
        sides.add(bold(I18n.t("sync.col.field")), 0, 0);
        for (int v = 0; v < c.versions().size(); v++) {
            Conflicts.Version ver = c.versions().get(v);
            String label = I18n.t("sync.pane.version", v + 1, ver.office(), ver.user(),
                    ver.revId().equals(c.winner()) ? I18n.t("sync.pane.provisional") : "");
            sides.add(bold(label), v + 1, 0);
            Button keep = new Button(I18n.t("sync.pane.keepVersion", v + 1));
            keep.setOnAction(e -> vm.keep(c, ver.revId()));
            actions.getChildren().add(keep);
        }
        sides.add(bold(I18n.t("sync.pane.choice")), c.versions().size() + 1, 0);
        Map<String, ChoiceBox<Conflicts.Version>> choices = new LinkedHashMap<>();
        int row = 1;
        for (String field : fields(c)) {
            boolean conflicting = c.fields().contains(field);
            Label name = new Label(SyncViewModel.fieldLabel(field));
            if (conflicting) {
                name.setStyle("-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;");
            }
            sides.add(name, 0, row);
            for (int v = 0; v < c.versions().size(); v++) {
                Map<String, Object> r = c.versions().get(v).row();
                Label value = new Label(r == null ? I18n.t("sync.pane.deleted") : String.valueOf(r.get(field) == null ? "—"
                        : r.get(field)));
                value.setWrapText(true);
                value.setMaxWidth(260);
                sides.add(value, v + 1, row);
            }
            if (conflicting && !field.equals("*")) {
                ChoiceBox<Conflicts.Version> box = new ChoiceBox<>();
                box.getItems().setAll(c.versions().stream().filter(x -> x.row() != null).toList());
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Conflicts.Version x) {
                        return x == null ? "" : x.office() + " · " + x.user();
                    }

                    @Override
                    public Conflicts.Version fromString(String s) {
                        return null;
                    }
                });
                choices.put(field, box);
                sides.add(box, c.versions().size() + 1, row);
            }
            row++;
        }
        if (!choices.isEmpty()) {
            Button perField = new Button(I18n.t("sync.pane.resolveFields"));
            perField.setOnAction(e -> {
                Map<String, String> chosen = new LinkedHashMap<>();
                choices.forEach((f, b) -> {
                    if (b.getValue() != null) {
                        chosen.put(f, b.getValue().revId());
                    }
                });
                vm.resolveFields(c, chosen);
            });
            actions.getChildren().add(perField);
        }
    }

    /** Conflicting fields first, then the rest (the id column left out). */
    private static java.util.List<String> fields(Conflicts.Conflict c) {
        java.util.List<String> out = new java.util.ArrayList<>(c.fields());
        c.versions().stream().filter(v -> v.row() != null).findFirst().ifPresent(v -> v.row().keySet().stream()
                .filter(k -> !k.equals("id") && !out.contains(k)).sorted().forEach(out::add));
        return out;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    Node root() {
        return root;
    }
}
