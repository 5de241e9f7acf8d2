package cn.quanze.sync.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.sync.data.Proposals;
import cn.quanze.ui.common.Tables;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Proposals inbox: changes by other offices to records this office owns, to accept or reject. */
final class ProposalsPane {
    private final VBox root;

    ProposalsPane(SyncViewModel vm) {
        TableView<Proposals.Proposal> table = Tables.table(I18n.t("sync.pane.noProposals"));
        table.setId("sync-proposals");
        table.getColumns().add(Tables.text(I18n.t("sync.col.from"), p -> p.authorOffice() + " · " + p.user(), 150));
        table.getColumns().add(Tables.text(I18n.t("sync.col.entity"), p -> SyncViewModel.entityLabel(p.entity()), 110));
        table.getColumns().add(Tables.text(I18n.t("sync.col.record"), Proposals.Proposal::label, 220));
        table.getColumns().add(Tables.text(I18n.t("sync.col.changes"), ProposalsPane::changes, 420));
        table.setItems(vm.proposals());
        Button accept = new Button(I18n.t("sync.pane.accept"));
        accept.setId("sync-accept");
        accept.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> vm.accept(table.getSelectionModel().getSelectedItem()));
        Button reject = new Button(I18n.t("sync.pane.reject"));
        reject.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reject.setOnAction(e -> vm.reject(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(I18n.t("sync.pane.proposalsHint"));
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, hint, new HBox(8, accept, reject), table);
        root.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
    }

    static String changes(Proposals.Proposal p) {
        if (p.delete()) {
            return I18n.t("sync.pane.proposalDelete");
        }
        return p.changes().entrySet().stream().filter(e -> !e.getKey().equals("id"))
                .map(e -> SyncViewModel.fieldLabel(e.getKey()) + "：" + show(e.getValue()))
                .collect(Collectors.joining("；"));
    }

    private static String show(List<Object> beforeAfter) {
        return String.valueOf(beforeAfter.get(0) == null ? "—" : beforeAfter.get(0)) + " → "
                + (beforeAfter.get(1) == null ? "—" : beforeAfter.get(1));
    }

    Node root() {
        return root;
    }

}
