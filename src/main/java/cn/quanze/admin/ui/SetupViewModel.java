package cn.quanze.admin.ui;

import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.PasswordHasher;
import cn.quanze.core.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run: the office identity (code, name, level, whether to load demo data, on by default) and the first
 * 管理员 account. When the office is already set (a database made by {@code quanze init}) only the administrator
 * is asked for.
 */
public final class SetupViewModel {
    /** What the user chose; the password is handed over once and then cleared by the caller. */
    public record Choice(String code, String name, OfficeLevel level, boolean demo, String adminLogin,
                         String adminName, char[] adminPassword) {
    }

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.DISTRICT);
    private final BooleanProperty demo = new SimpleBooleanProperty(true);
    private final StringProperty adminLogin = new SimpleStringProperty("admin");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final boolean officeNeeded;
    private final StringBinding problem = Bindings.createStringBinding(this::validate, code, name, level, adminLogin,
            password, confirm);
    private final BooleanBinding valid = problem.isEmpty();

    public SetupViewModel() {
        this(true);
    }

    /** {@code officeNeeded} false: the office is set already, only the first administrator is asked for. */
    public SetupViewModel(boolean officeNeeded) {
        this.officeNeeded = officeNeeded;
    }

    public boolean officeNeeded() {
        return officeNeeded;
    }

    private String validate() {
        String office = officeNeeded ? validateOffice() : "";
        if (!office.isEmpty()) {
            return office;
        }
        String login = adminLogin.get() == null ? "" : adminLogin.get().trim();
        if (!login.matches("[\\p{L}\\p{N}._-]{2,32}")) {
            return I18n.t("users.invalid.login", login);
        }
        if (!PasswordHasher.acceptable(password.get().toCharArray())) {
            return I18n.t("users.invalid.password");
        }
        return password.get().equals(confirm.get()) ? "" : I18n.t("setup.invalid.confirm");
    }

    private String validateOffice() {
        String c = code.get() == null ? "" : code.get().trim().toUpperCase();
        if (!OfficeIdentity.isValidCode(c)) {
            return I18n.t("setup.invalid.code");
        }
        if (name.get() == null || name.get().isBlank()) {
            return I18n.t("setup.invalid.name");
        }
        return level.get() == null ? I18n.t("setup.invalid.level") : "";
    }

    public Choice choice() {
        char[] pw = password.get().toCharArray();
        password.set("");
        confirm.set("");
        return new Choice(code.get().trim().toUpperCase(), name.get().trim(), level.get(), officeNeeded && demo.get(),
                adminLogin.get().trim(), adminName.get().trim(), pw);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OfficeLevel> levelProperty() {
        return level;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }

    public StringProperty adminLoginProperty() {
        return adminLogin;
    }

    public StringProperty adminNameProperty() {
        return adminName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
