package cn.quanze.org.files;

import cn.quanze.core.files.XlsxTable;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitMatcher;
import cn.quanze.org.domain.UnitRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the unit list to XLSX in {@link UnitColumns#LAYOUT} (编码 名称 简称 别名 类别 上级单位 排序 电话 负责人 撤销日期), in
 * tree order. 上级单位 is the parent's name, or its code when another unit has the same name, so the file imports
 * back unchanged.
 */
public final class UnitExport {
    private UnitExport() {
    }

    /** Writes every unit given (retired ones too); returns how many. */
    public static int write(Path file, List<Department> units) {
        List<List<String>> rows = cells(units);
        try {
            XlsxTable.write(file, I18n.t("units.excel.sheet"), UnitColumns.LAYOUT.stream().map(UnitColumns::label)
                    .toList(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }

    /** The cells of {@link UnitColumns#LAYOUT}, one row per unit in tree order. */
    static List<List<String>> cells(List<Department> units) {
        Map<String, Department> byId = new HashMap<>();
        Map<String, Integer> nameCount = new HashMap<>();
        for (Department d : units) {
            byId.put(d.id(), d);
            nameCount.merge(UnitMatcher.normalize(d.name()), 1, Integer::sum);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Department d : UnitRules.treeOrder(units)) {
            Department parent = d.parentId() == null ? null : byId.get(d.parentId());
            String parentCell = parent == null ? ""
                    : nameCount.get(UnitMatcher.normalize(parent.name())) > 1 ? parent.code() : parent.name();
            rows.add(List.of(d.code(), d.name(), nz(d.shortName()), UnitColumns.aliasesCell(d.aliases()),
                    I18n.of(d.kind()), parentCell, d.sortOrder() == null ? "" : d.sortOrder().toString(), nz(d.phone()), nz(d.head()),
                    d.retiredOn() == null ? "" : d.retiredOn().toString()));
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
