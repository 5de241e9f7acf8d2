package cn.quanze.supervision.ui;

import cn.quanze.core.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 督查督办 pane's tabs: the register, 交办签收 (this office receives) and 交办汇总 (this office issued). */
final class AssignmentTabs {
    private AssignmentTabs() {
    }

    static TabPane tabs(Node register, AssignmentViewModel vm) {
        Tab main = tab("supervision.tab.register", "supervision-tab-register", register);
        Tab office = tab("supervision.assign.tab.inbox", "supervision-tab-inbox", new AssignmentInboxPane(vm).root());
        Tab issuer = tab("supervision.assign.tab.rollup", "supervision-tab-rollup", new AssignmentRollupPane(vm).root());
        vm.inbox().addListener((javafx.collections.ListChangeListener<Object>) c -> office.setText(
                vm.inbox().isEmpty() ? I18n.t("supervision.assign.tab.inbox")
                        : I18n.t("supervision.assign.tab.inboxCount", vm.inbox().size())));
        TabPane tabs = new TabPane(main, office, issuer);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("supervision-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return tabs;
    }

    private static Tab tab(String key, String id, Node content) {
        Tab t = new Tab(I18n.t(key), content);
        t.setId(id);
        return t;
    }
}
