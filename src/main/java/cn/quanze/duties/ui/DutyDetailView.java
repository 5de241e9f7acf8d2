package cn.quanze.duties.ui;

import atlantafx.base.theme.Styles;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.Post;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.Tables;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane shared by the three views: renders whatever {@link DutyDetail} the view model selected. */
final class DutyDetailView {
    private final DutiesViewModel vm;
    private final Runnable exportAction;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);

    DutyDetailView(DutiesViewModel vm, Runnable exportAction) {
        this.vm = vm;
        this.exportAction = exportAction;
        content.setPadding(new Insets(12));
        root.setFitToWidth(true);
        root.setId("duties-detail");
        vm.detailProperty().addListener((o, a, b) -> render(b));
        render(null);
    }

    Node root() {
        return root;
    }

    private void render(DutyDetail d) {
        content.getChildren().clear();
        if (d == null) {
            content.getChildren().add(muted(I18n.t("duties.detail.none")));
        } else if (d instanceof DutyDetail.OfPower p) {
            power(p);
        } else if (d instanceof DutyDetail.OfDepartment dep) {
            department(dep);
        } else if (d instanceof DutyDetail.OfBlock b) {
            block(b);
        }
    }

    private void power(DutyDetail.OfPower p) {
        Button edit = button("duties-edit-duty", "duties.action.editDuty", vm::editDuty);
        content.getChildren().addAll(title(p.item().code() + "  " + p.item().name(), edit),
                muted(I18n.t("duties.detail.powerMeta", I18n.of(p.item().type()), p.departmentName(),
                        I18n.of(p.item().status()))));
        if (p.inherited()) {
            content.getChildren().add(muted(I18n.t("duties.detail.inherited")));
        }
        content.getChildren().add(heading("duties.section.stages"));
        Duty duty = p.duty();
        if (duty == null || duty.stages().isEmpty()) {
            content.getChildren().add(warning(I18n.t("duties.detail.noStages")));
        } else {
            for (Duty.StageDuty s : duty.stages()) {
                content.getChildren().add(entry(s.stage().dutyName() + "：", s.content(), s.basis()));
            }
        }
        content.getChildren().add(heading("duties.section.cases"));
        if (duty == null || duty.cases().isEmpty()) {
            content.getChildren().add(warning(I18n.t("duties.detail.noCases")));
        } else {
            content.getChildren().add(wrapped(AccountabilityCase.PREAMBLE));
            for (AccountabilityCase c : duty.cases()) {
                content.getChildren().add(entry(c.number() + ".", c.text(), c.basis()));
            }
        }
    }

    private void department(DutyDetail.OfDepartment d) {
        HBox actions = new HBox(6,
                button("duties-edit-department", "duties.action.editDepartment", vm::editDepartment),
                button("duties-new-post", "duties.action.newPost", vm::newPost),
                button("duties-new-assistance", "duties.action.newAssistance", vm::newAssistance),
                button("duties-export", "duties.action.export", exportAction));
        content.getChildren().addAll(title(d.unit().name(), null), actions,
                muted(I18n.t("duties.detail.departmentMeta", d.unit().code(), d.powers().size(), d.posts().size())));
        DepartmentDuties dd = d.duties();
        content.getChildren().add(heading("duties.section.main"));
        if (dd == null || dd.mainDuties().isEmpty()) {
            content.getChildren().add(warning(I18n.t("duties.detail.noMain")));
        } else {
            for (int i = 0; i < dd.mainDuties().size(); i++) {
                content.getChildren().add(wrapped((i + 1) + ". " + dd.mainDuties().get(i)));
            }
        }
        if (dd != null) {
            works("duties.section.work", dd.workItems());
            if (!dd.boundaries().isEmpty()) {
                content.getChildren().add(heading("duties.section.boundaries"));
                VBox bounds = new VBox(6);
                bounds.setId("duties-boundaries");
                for (DepartmentDuties.Boundary b : dd.boundaries()) {
                    bounds.getChildren().add(entry(b.matter() + "：", I18n.t("duties.detail.boundary",
                            vm.unitName(b.leadDepartmentId()), b.cooperatingDepartmentIds().stream().map(vm::unitName)
                                    .collect(Collectors.joining("、")), b.division()), b.basis()));
                }
                content.getChildren().add(bounds);
            }
            works("duties.section.systems", dd.supervisionSystems());
            works("duties.section.services", dd.publicServices());
        }
        content.getChildren().add(heading("duties.section.posts"));
        TableView<Post> posts = table("duties-posts", d.posts().size());
        posts.setPlaceholder(new Label(I18n.t("duties.detail.noPosts")));
        posts.getColumns().add(Tables.text(I18n.t("duties.field.postName"), Post::name, 120));
        posts.getColumns().add(Tables.text(I18n.t("duties.field.postDuties"), Post::duties, 380));
        posts.getColumns().add(Tables.value(I18n.t("duties.col.postPowers"), p -> p.powerItemIds().size(), 70));
        posts.getItems().setAll(d.posts());
        onOpen(posts, vm::editPost);
        content.getChildren().addAll(posts, muted(I18n.t("duties.detail.openHint")));
        content.getChildren().add(heading("duties.section.assistance"));
        TableView<AssistanceItem> help = table("duties-assistance", d.assistance().size());
        help.setPlaceholder(new Label(I18n.t("duties.detail.noAssistance")));
        help.getColumns().add(Tables.text(I18n.t("duties.field.requesting"), a -> vm.unitName(a.requestingDepartmentId()), 120));
        help.getColumns().add(Tables.text(I18n.t("duties.field.assisting"), a -> vm.unitName(a.assistingDepartmentId()), 120));
        help.getColumns().add(Tables.text(I18n.t("duties.field.matter"), AssistanceItem::matter, 220));
        help.getColumns().add(Tables.text(I18n.t("duties.field.limitDays"), a -> a.limitDays() == null ? ""
                : I18n.t("common.workdays", a.limitDays()), 90));
        help.getItems().setAll(d.assistance());
        onOpen(help, vm::editAssistance);
        content.getChildren().add(help);
    }

    private void works(String headingKey, List<DepartmentDuties.WorkItem> items) {
        if (items.isEmpty()) {
            return;
        }
        content.getChildren().add(heading(headingKey));
        for (DepartmentDuties.WorkItem w : items) {
            content.getChildren().add(entry(w.name() + "：", w.content(), w.basis()));
        }
    }

    private void block(DutyDetail.OfBlock b) {
        Button edit = button("duties-edit-block", "duties.action.editBlock", vm::editBlock);
        content.getChildren().add(title(b.unit().name(), edit));
        BlockDuties bd = b.duties();
        HBox columns = new HBox(12,
                blockColumn("duties-block-basic", "duties.section.basic", bd == null ? List.of() : bd.basic()),
                blockColumn("duties-block-cooperating", "duties.section.cooperating",
                        bd == null ? List.of() : bd.cooperating()),
                blockColumn("duties-block-withdrawn", "duties.section.withdrawn", bd == null ? List.of() : bd.withdrawn()));
        content.getChildren().add(columns);
    }

    private VBox blockColumn(String id, String headingKey, List<BlockDuties.BlockItem> items) {
        VBox col = new VBox(6, heading(headingKey));
        col.setId(id);
        col.getStyleClass().add("duty-column");
        col.setPrefWidth(260);
        HBox.setHgrow(col, Priority.ALWAYS);
        int n = 0; // an empty list shows only its heading: blank stays blank
        for (BlockDuties.BlockItem i : items) {
            n++;
            String dept = i.departmentId() == null ? "" : I18n.t("duties.detail.withDepartment", vm.unitName(i.departmentId()));
            col.getChildren().add(entry(n + ".", i.matter() + dept, i.basis()));
        }
        return col;
    }

    private <T> TableView<T> table(String id, int rows) {
        TableView<T> t = Tables.table("");
        t.setId(id);
        t.setTableMenuButtonVisible(false);
        t.setPrefHeight(Math.min(8, Math.max(rows, 1)) * 40 + 48);
        return t;
    }

    private static <T> void onOpen(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(tv -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private static HBox title(String text, Node action) {
        Label l = new Label(text);
        l.setId("duties-detail-title");
        l.getStyleClass().add(Styles.TITLE_3);
        l.setWrapText(true);
        HBox box = new HBox(8, l);
        box.setAlignment(Pos.CENTER_LEFT);
        if (action != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box.getChildren().addAll(spacer, action);
        }
        return box;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label heading(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static VBox entry(String lead, String text, String basis) {
        Label head = new Label(lead + (lead.endsWith("：") ? "" : " ") + text);
        head.setWrapText(true);
        VBox box = new VBox(2, head);
        if (basis != null && !basis.isBlank()) {
            Label b = new Label(I18n.t("duties.detail.basis", basis));
            b.setWrapText(true);
            b.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(b);
        }
        return box;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label warning(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(Styles.WARNING);
        return l;
    }
}
