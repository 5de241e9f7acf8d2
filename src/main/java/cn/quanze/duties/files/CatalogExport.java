package cn.quanze.duties.files;

import cn.quanze.org.domain.Department;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.duties.data.DutyRepository;
import cn.quanze.powers.data.PowerItemRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Exports one department's catalog to .xlsx or .docx, chosen by the file name. */
public final class CatalogExport {
    private final DepartmentRepository departments;
    private final PowerItemRepository powers;
    private final DutyRepository duties;

    public CatalogExport(DepartmentRepository departments, PowerItemRepository powers, DutyRepository duties) {
        this.departments = departments;
        this.powers = powers;
        this.duties = duties;
    }

    public enum Format { XLSX, DOCX }

    /** The format for a file name, or null when the extension is neither .xlsx nor .docx. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? Format.XLSX : name.endsWith(".docx") ? Format.DOCX : null;
    }

    public CatalogTable table(Department department) {
        return CatalogTable.of(department, powers.all(), duties.duties());
    }

    /** Writes the file; returns the table written (for counts). */
    public CatalogTable export(Department department, Path file) throws IOException {
        Format format = formatOf(file);
        if (format == null) {
            throw new IllegalArgumentException(file.toString());
        }
        CatalogTable table = table(department);
        if (format == Format.XLSX) {
            CatalogXlsx.write(table, file);
        } else {
            CatalogDocx.write(table, file);
        }
        return table;
    }
}
