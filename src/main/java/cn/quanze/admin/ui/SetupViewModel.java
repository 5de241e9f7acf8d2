package cn.quanze.admin.ui;

import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.PasswordHasher;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run: the office identity (code, name, level) and the first 管理员 account, then one of two ways on: 新建本单位数据
 * (the default: start with this office's own, empty registers) or 载入示例数据 (the demo district, removable later).
 * When the office is already set (a database made by {@code quanze init}) only the administrator is asked for.
 */
public final class SetupViewModel {
    /** What the user chose; the password is handed over once and then cleared by the caller. */
    public record Choice(String code, String name, OfficeLevel level, boolean demo, String adminLogin,
                         String adminName, char[] adminPassword) {
    }

    /** The fields a problem is shown beside. */
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String LEVEL = "level";
    public static final String LOGIN = "login";
    public static final String PASSWORD = "password";
    public static final String CONFIRM = "confirm";

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.DISTRICT);
    private final StringProperty adminLogin = new SimpleStringProperty("admin");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final boolean officeNeeded;

    public SetupViewModel() {
        this(true);
    }

    /** {@code officeNeeded} false: the office is set already, only the first administrator is asked for. */
    public SetupViewModel(boolean officeNeeded) {
        this.officeNeeded = officeNeeded;
        for (String f : new String[] {CODE, NAME, LEVEL, LOGIN, PASSWORD, CONFIRM}) {
            problems.put(f, new ReadOnlyStringWrapper(""));
        }
    }

    public boolean officeNeeded() {
        return officeNeeded;
    }

    /** Checks every field; true when all are right, else each wrong one has its sentence ({@link #problemOf}). */
    public boolean validate() {
        problems.values().forEach(p -> p.set(""));
        if (officeNeeded) {
            if (!OfficeIdentity.isValidCode(code.get() == null ? "" : code.get().trim().toUpperCase())) {
                problems.get(CODE).set(I18n.t("setup.invalid.code"));
            }
            if (name.get() == null || name.get().isBlank()) {
                problems.get(NAME).set(I18n.t("setup.invalid.name"));
            }
            if (level.get() == null) {
                problems.get(LEVEL).set(I18n.t("setup.invalid.level"));
            }
        }
        String login = adminLogin.get() == null ? "" : adminLogin.get().trim();
        if (!login.matches("[\\p{L}\\p{N}._-]{2,32}")) {
            problems.get(LOGIN).set(I18n.t("users.invalid.login", login));
        }
        if (!PasswordHasher.acceptable(password.get().toCharArray())) {
            problems.get(PASSWORD).set(I18n.t("users.invalid.password"));
        } else if (!password.get().equals(confirm.get())) {
            problems.get(CONFIRM).set(I18n.t("setup.invalid.confirm"));
        }
        return problems.values().stream().allMatch(p -> p.get().isEmpty());
    }

    /** What is wrong with one field as last checked ("" when nothing). */
    public ReadOnlyStringProperty problemOf(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** Shows a refusal from the setup work beside {@code field} (one of this form's fields). */
    public void refuse(String field, String message) {
        problems.get(field).set(message);
    }

    /** What was entered, with demo data ({@code demo}, only when the office is set up here) or without. */
    public Choice choice(boolean demo) {
        return new Choice(code.get().trim().toUpperCase(), name.get().trim(), level.get(), officeNeeded && demo,
                adminLogin.get().trim(), adminName.get().trim(), password.get().toCharArray());
    }

    /** Forgets the typed password once the administrator is created. */
    public void clearPasswords() {
        password.set("");
        confirm.set("");
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
}
