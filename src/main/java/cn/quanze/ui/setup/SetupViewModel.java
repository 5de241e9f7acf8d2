package cn.quanze.ui.setup;

import cn.quanze.domain.office.OfficeIdentity;
import cn.quanze.domain.office.OfficeLevel;
import cn.quanze.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First-run office identity: code, name, level, and whether to load demo data (on by default). */
public final class SetupViewModel {
    /** What the user chose. */
    public record Choice(String code, String name, OfficeLevel level, boolean demo) {
    }

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.DISTRICT);
    private final BooleanProperty demo = new SimpleBooleanProperty(true);
    private final StringBinding problem = Bindings.createStringBinding(this::validate, code, name, level);
    private final BooleanBinding valid = problem.isEmpty();

    private String validate() {
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
        return new Choice(code.get().trim().toUpperCase(), name.get().trim(), level.get(), demo.get());
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

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
