package cn.quanze.ui.sync;

import cn.quanze.i18n.I18n;
import cn.quanze.ui.common.PaneView;
import cn.quanze.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** 数据同步 pane: node identity and change-log position. */
public final class SyncView implements PaneView {
    private final SyncViewModel vm;
    private final VBox root;
    private final Label revisions = new Label();
    private final Label originSeq = new Label();

    public SyncView(SyncViewModel vm) {
        this.vm = vm;
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        Label node = new Label(vm.nodeId());
        node.setId("sync-node-id");
        grid.addRow(0, new Label(I18n.t("sync.nodeId")), node);
        grid.addRow(1, new Label(I18n.t("sync.revisions")), revisions);
        grid.addRow(2, new Label(I18n.t("sync.originSeq")), originSeq);
        vm.overviewProperty().addListener((o, a, b) -> {
            revisions.setText(Long.toString(b.revisions()));
            originSeq.setText(Long.toString(vm.lastOriginSeq()));
        });
        root = Ui.page(Ui.header("nav.sync"), grid);
        root.setId("sync-pane");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        vm.refresh();
    }
}
