package cn.quanze.cases.files;

import cn.quanze.cases.domain.CaseStatistics;
import cn.quanze.cases.data.CaseRows.CaseRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The statistics of a period, per department and per power item, with the overdue list: one report. */
public record CaseStatsReport(LocalDate from, LocalDate to, List<CaseStatistics.Row> byDepartment,
                              List<CaseStatistics.Row> byPower, List<CaseRow> overdue) {

    public static CaseStatsReport of(List<CaseRow> rows, LocalDate from, LocalDate to) {
        List<CaseStatistics.Entry> entries = rows.stream().map(CaseRow::entry).toList();
        Map<String, CaseRow> byId = rows.stream().collect(Collectors.toMap(CaseRow::id, Function.identity()));
        List<CaseStatistics.Row> dept = CaseStatistics.compute(entries, from, to,
                e -> byId.get(e.file().id()).departmentName());
        List<CaseStatistics.Row> power = CaseStatistics.compute(entries, from, to, e -> {
            CaseRow r = byId.get(e.file().id());
            return r.powerCode().isEmpty() ? r.powerName() : r.powerCode() + " " + r.powerName();
        });
        List<CaseRow> overdue = CaseStatistics.overdue(entries, from, to).stream()
                .map(e -> byId.get(e.file().id())).toList();
        return new CaseStatsReport(from, to, dept, power, overdue);
    }
}
