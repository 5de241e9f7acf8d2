package cn.quanze.org.ui;

import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.PasswordHasher;
import cn.quanze.core.domain.Role;
import cn.quanze.org.domain.UserAccount;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.org.data.UserAccounts;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 用户 tab: the local accounts, a form to create one or change the selected one (name, unit, role, enabled),
 * reset a password and lift a lock-out. The services refuse what the signed-in role may not do.
 */
public final class UsersViewModel {
    /** The fields a message can be about. */
    public static final String LOGIN = "login";
    public static final String UNIT = "unit";
    public static final String ROLE = "role";
    public static final String PASSWORD = "password";
    private static final java.util.Map<String, String> FIELD_OF = java.util.Map.of("users.invalid.login", LOGIN,
            "users.invalid.duplicate", LOGIN, "users.invalid.clerkUnit", UNIT, "users.invalid.lastAdmin", ROLE,
            "users.invalid.password", PASSWORD);
    private final UserAccounts accounts;
    private final DepartmentRepository departments;
    private final TaskExecutor tasks;
    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private final ObservableList<Department> units = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Department> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.CLERK);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper messageField = new ReadOnlyStringWrapper("");

    public UsersViewModel(UserAccounts accounts, DepartmentRepository departments, TaskExecutor tasks) {
        this.accounts = accounts;
        this.departments = departments;
        this.tasks = tasks;
        selected.addListener((o, a, u) -> fill(u));
    }

    public void refresh() {
        tasks.run("users.loading", () -> new Loaded(accounts.all(), departments.all()), l -> {
            String keep = selected.get() == null ? null : selected.get().id();
            units.setAll(l.units());
            users.setAll(l.users());
            selected.set(l.users().stream().filter(u -> u.id().equals(keep)).findFirst().orElse(null));
        });
    }

    private record Loaded(List<UserAccount> users, List<Department> units) {
    }

    private void fill(UserAccount u) {
        login.set(u == null ? "" : u.login());
        fullName.set(u == null ? "" : nz(u.fullName()));
        role.set(u == null ? Role.CLERK : u.role());
        active.set(u == null || u.active());
        unit.set(u == null ? null : units.stream().filter(d -> d.id().equals(u.departmentId())).findFirst().orElse(null));
        password.set("");
    }

    public void newUser() {
        selected.set(null);
        fill(null);
    }

    /** Creates the account when nothing is selected, else saves the selected one's name, unit, role and state. */
    public void save() {
        UserAccount current = selected.get();
        String unitId = unit.get() == null ? null : unit.get().id();
        if (current == null) {
            if (!PasswordHasher.acceptable(password.get().toCharArray())) {
                say(I18n.t("users.invalid.password"), PASSWORD);
                return;
            }
            char[] pw = password.get().toCharArray();
            String l = login.get();
            String n = fullName.get();
            Role r = role.get();
            act(() -> accounts.create(l, n, unitId, r, pw), "users.created", l, () -> Arrays.fill(pw, '\0'));
        } else {
            String n = fullName.get();
            Role r = role.get();
            boolean a = active.get();
            act(() -> accounts.update(current.id(), n, unitId, r, a), "users.saved", current.login(), null);
        }
    }

    public void resetPassword() {
        UserAccount current = selected.get();
        if (current == null || !PasswordHasher.acceptable(password.get().toCharArray())) {
            say(I18n.t("users.invalid.password"), PASSWORD);
            return;
        }
        char[] pw = password.get().toCharArray();
        act(() -> {
            accounts.resetPassword(current.id(), pw);
            return null;
        }, "users.passwordReset", current.login(), () -> Arrays.fill(pw, '\0'));
    }

    public void unlock() {
        UserAccount current = selected.get();
        if (current != null) {
            act(() -> {
                accounts.unlock(current.id());
                return null;
            }, "users.unlocked", current.login(), null);
        }
    }

    /**
     * Runs the change off the FX thread. Done: the form is refilled and the typed password forgotten. Refused: the
     * form keeps what was typed (the password too) and the reason shows beside the field it is about.
     */
    private void act(Callable<?> work, String doneKey, String who, Runnable cleanup) {
        say("", "");
        tasks.runWithProgress("users.saving", p -> {
            try {
                return work.call();
            } finally {
                if (cleanup != null) {
                    cleanup.run();
                }
            }
        }, r -> {
            password.set("");
            say(I18n.t(doneKey, who), "");
            refresh();
        }, e -> {
            if (e instanceof UserAccounts.Refused r) {
                say(cn.quanze.org.OrgMessages.describe(r), FIELD_OF.getOrDefault(r.key(), ""));
            } else {
                say(ErrorPresenter.describe(e), "");
            }
        });
    }

    private void say(String text, String field) {
        messageField.set(field);
        message.set(text);
    }

    /** The field the message is about ({@link #LOGIN}, {@link #UNIT}, {@link #ROLE}, {@link #PASSWORD}), or "". */
    public ReadOnlyStringProperty messageFieldProperty() {
        return messageField.getReadOnlyProperty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String unitName(String id) {
        return units.stream().filter(d -> d.id().equals(id)).map(Department::name).findFirst().orElse("");
    }

    public ObservableList<UserAccount> users() {
        return FXCollections.unmodifiableObservableList(users);
    }

    public ObservableList<Department> units() {
        return FXCollections.unmodifiableObservableList(units);
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Department> unitProperty() {
        return unit;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
