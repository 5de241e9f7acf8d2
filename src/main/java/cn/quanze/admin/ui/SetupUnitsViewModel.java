package cn.quanze.admin.ui;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.files.ExcelFileException;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.OrgMessages;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.domain.UnitRefused;
import cn.quanze.org.files.UnitImport;
import cn.quanze.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-run step after the office: its units, typed as a few rows (name and kind) or given as the unit list
 * workbook, or both. After the office is saved, {@link #apply} adds the typed units under the office (codes
 * {@code <office>-01}, {@code -02}…) and imports the file through the unit import (all rows or none); what went wrong
 * comes back as sentences for the user, who can correct it later in 系统管理 → 组织机构.
 */
public final class SetupUnitsViewModel {
    /** One typed unit. */
    public static final class Row {
        private final StringProperty name = new SimpleStringProperty("");
        private final ObjectProperty<UnitKind> kind;

        Row(UnitKind kind) {
            this.kind = new SimpleObjectProperty<>(kind);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<UnitKind> kindProperty() {
            return kind;
        }
    }

    private final Dialogs dialogs;
    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.nameProperty(), r.kindProperty()});
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.SUBDISTRICT);
    private final StringBinding problem = Bindings.createStringBinding(this::validate, rows);
    private final BooleanBinding valid = problem.isEmpty();

    public SetupUnitsViewModel(Dialogs dialogs) {
        this.dialogs = dialogs;
        for (int i = 0; i < 6; i++) {
            addRow();
        }
        level.addListener((o, a, l) -> rows.stream().filter(r -> r.nameProperty().get().isBlank())
                .forEach(r -> r.kindProperty().set(defaultKind())));
    }

    /** A sub-district's units are 内设科室 by default, a district's 部门. */
    public UnitKind defaultKind() {
        return level.get() == OfficeLevel.DISTRICT ? UnitKind.DEPARTMENT : UnitKind.SECTION;
    }

    public Row addRow() {
        Row r = new Row(defaultKind());
        rows.add(r);
        return r;
    }

    /** Asks for the unit list workbook (the choice can be cleared with {@link #clearFile()}). */
    public void chooseFile() {
        dialogs.openFile(I18n.t("units.pane.import.title"), new Dialogs.FileType(I18n.t("units.pane.file.xlsx"),
                "*.xlsx")).ifPresent(file::set);
    }

    public void clearFile() {
        file.set(null);
    }

    private String validate() {
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            String n = UnitMatcher.normalize(r.nameProperty().get());
            if (!n.isEmpty() && !seen.add(n)) {
                return I18n.t("setup.units.duplicate", r.nameProperty().get().strip());
            }
        }
        return "";
    }

    /** The typed rows with a name. */
    public List<Row> typed() {
        return rows.stream().filter(r -> r.nameProperty().get() != null && !r.nameProperty().get().isBlank()).toList();
    }

    /**
     * Adds the typed units under the office and imports the chosen file; returns what could not be done (empty: all
     * of it). Runs off the FX thread, after the office identity is saved.
     */
    public List<String> apply(UnitRegister register, UnitImport importer, String officeCode) {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Row r : typed()) {
            String code;
            do {
                n++;
                code = String.format(Locale.ROOT, "%s-%02d", officeCode, n);
            } while (register.byCode(code).isPresent());
            try {
                register.add(UnitRegister.Draft.of(code, r.nameProperty().get().strip()).withKind(
                        r.kindProperty().get()).withParent(officeCode));
            } catch (UnitRefused e) {
                problems.add(OrgMessages.describe(e));
            }
        }
        Path f = file.get();
        if (f != null) {
            try {
                UnitImport.Report report = importer.importFile(f, false);
                problems.addAll(report.messages());
                if (!report.valid()) {
                    problems.add(I18n.t("units.cli.nothingWritten"));
                }
            } catch (ExcelFileException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The office level chosen in the step before (sets the default kind of new rows). */
    public ObjectProperty<OfficeLevel> levelProperty() {
        return level;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
