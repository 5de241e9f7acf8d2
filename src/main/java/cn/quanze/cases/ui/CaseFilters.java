package cn.quanze.cases.ui;

import cn.quanze.cases.data.CaseFilter;
import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.core.domain.Light;
import java.time.LocalDate;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The filters of the cases table — light, department, power item, received period — and a named filter from 首页
 * on top of them. Every change tells the owner, which narrows its list with {@link #predicate()}.
 */
public final class CaseFilters {
    private final ObjectProperty<Light> light = new SimpleObjectProperty<>();
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty power = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> receivedTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper namedFilter = new ReadOnlyStringWrapper("");
    private final Runnable changed;
    private Predicate<CaseRow> named = r -> true;

    CaseFilters(Runnable changed) {
        this.changed = changed;
        light.addListener(o -> changed.run());
        department.addListener(o -> changed.run());
        power.addListener(o -> changed.run());
        receivedFrom.addListener(o -> changed.run());
        receivedTo.addListener(o -> changed.run());
    }

    /** The cases passing every filter in force. */
    public Predicate<CaseRow> predicate() {
        return new CaseFilter(light.get(), department.get(), power.get(), receivedFrom.get(), receivedTo.get())
                .and(named);
    }

    /** Clears the table's filters and the named one. */
    void clear() {
        clearFields();
        clearNamed();
    }

    private void clearFields() {
        light.set(null);
        department.set("");
        power.set("");
        receivedFrom.set(null);
        receivedTo.set(null);
    }

    /** Narrows to a named filter alone: the other filters are cleared, so the list shows what 首页 counted. */
    void useNamed(String name, Predicate<CaseRow> filter) {
        clearFields();
        named = filter;
        namedFilter.set(name);
        changed.run();
    }

    void clearNamed() {
        named = r -> true;
        namedFilter.set("");
        changed.run();
    }

    public ObjectProperty<Light> lightProperty() {
        return light;
    }

    /** The department's name ("" for all). */
    public StringProperty departmentProperty() {
        return department;
    }

    /** Part of a power item's code or name ("" for all). */
    public StringProperty powerProperty() {
        return power;
    }

    public ObjectProperty<LocalDate> receivedFromProperty() {
        return receivedFrom;
    }

    public ObjectProperty<LocalDate> receivedToProperty() {
        return receivedTo;
    }

    /** The named filter in force ("" for none). */
    public ReadOnlyStringProperty namedFilterProperty() {
        return namedFilter.getReadOnlyProperty();
    }
}
