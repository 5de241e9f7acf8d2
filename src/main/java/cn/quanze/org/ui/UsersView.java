package cn.quanze.org.ui;

import cn.quanze.org.domain.Department;
import cn.quanze.core.domain.Role;
import cn.quanze.org.domain.UserAccount;
import cn.quanze.core.i18n.I18n;
import cn.quanze.ui.common.FieldMessage;
import cn.quanze.ui.common.Tables;
import javafx.beans.binding.Bindings;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The 用户 tab of 系统管理. */
public final class UsersView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox root;
    private Button add;
    private Button save;

    public UsersView(UsersViewModel vm) {
        TableView<UserAccount> table = Tables.table(I18n.t("users.empty"));
        table.setId("users-table");
        table.getColumns().add(Tables.text(I18n.t("users.col.login"), UserAccount::login, 110));
        table.getColumns().add(Tables.text(I18n.t("users.col.name"), u -> Tables.orEmpty(u.fullName()), 110));
        table.getColumns().add(Tables.text(I18n.t("users.col.unit"), u -> vm.unitName(u.departmentId()), 200));
        table.getColumns().add(Tables.text(I18n.t("users.col.role"), u -> I18n.of(u.role()), 80));
        table.getColumns().add(Tables.text(I18n.t("users.col.state"), u -> I18n.t(!u.active() ? "users.state.inactive"
                : u.lockedUntil() != null ? "users.state.locked" : "users.state.active"), 80));
        table.getColumns().add(Tables.text(I18n.t("users.col.lastLogin"), u -> u.lastLoginAt() == null ? ""
                : TIME.format(u.lastLoginAt().atZone(ZoneId.systemDefault())), 140));
        table.setItems(vm.users());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField login = new TextField();
        login.setId("users-login");
        login.textProperty().bindBidirectional(vm.loginProperty());
        login.disableProperty().bind(vm.selectedProperty().isNotNull());
        TextField name = new TextField();
        name.setId("users-name");
        name.textProperty().bindBidirectional(vm.fullNameProperty());
        ComboBox<Department> unit = new ComboBox<>(vm.units());
        unit.setId("users-unit");
        unit.setCellFactory(l -> cell(Department::name));
        unit.setButtonCell(cell(Department::name));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setPrefWidth(240);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("users-role");
        role.getItems().setAll(Role.values());
        role.setCellFactory(l -> cell(I18n::of));
        role.setButtonCell(cell(I18n::of));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        CheckBox active = new CheckBox(I18n.t("users.active"));
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        PasswordField password = new PasswordField();
        password.setId("users-password");
        password.setPromptText(I18n.t("users.password.prompt"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(I18n.t("users.col.login")), beside(login, vm, UsersViewModel.LOGIN),
                new Label(I18n.t("users.col.name")), name);
        form.addRow(1, new Label(I18n.t("users.col.unit")), beside(unit, vm, UsersViewModel.UNIT),
                new Label(I18n.t("users.col.role")), beside(role, vm, UsersViewModel.ROLE));
        form.addRow(2, new Label(I18n.t("users.password")), beside(password, vm, UsersViewModel.PASSWORD), active);

        add = button("users-new", "users.new", vm::newUser);
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.newUser();
        });
        save = button("users-save", "users.save", vm::save);
        Button reset = button("users-reset", "users.resetPassword", vm::resetPassword);
        Button unlock = button("users-unlock", "users.unlock", vm::unlock);
        reset.disableProperty().bind(vm.selectedProperty().isNull());
        unlock.disableProperty().bind(vm.selectedProperty().isNull());
        Label message = new Label();
        message.setId("users-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.when(vm.messageFieldProperty().isEmpty()).then(vm.messageProperty())
                .otherwise(""));
        root = new VBox(10, table, form, new HBox(8, add, save, reset, unlock), message);
    }

    /** Ctrl+N: an empty form for a new account. */
    public void newUser() {
        add.fire();
    }

    /** Ctrl+S: saves the form (creates or updates the account). */
    public void save() {
        save.fire();
    }

    /** {@code field} with the message about it (a refusal naming it) under it. */
    private static Node beside(Node field, UsersViewModel vm, String name) {
        FieldMessage m = new FieldMessage(field);
        m.label().textProperty().bind(Bindings.when(vm.messageFieldProperty().isEqualTo(name))
                .then(vm.messageProperty()).otherwise(""));
        return m.node();
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    public Node root() {
        return root;
    }
}
