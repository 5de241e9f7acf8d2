package cn.quanze.cases.data;

import cn.quanze.core.domain.Light;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The filters of the cases table: light, department name, power item (code or name contains), received period.
 * A null criterion lets every case through.
 */
public record CaseFilter(Light light, String department, String power, LocalDate receivedFrom, LocalDate receivedTo)
        implements Predicate<CaseRows.CaseRow> {
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null);

    @Override
    public boolean test(CaseRows.CaseRow r) {
        if (light != null && r.progress().light() != light) {
            return false;
        }
        if (department != null && !department.isEmpty() && !department.equals(r.departmentName())) {
            return false;
        }
        if (power != null && !power.isBlank() && !r.powerCode().contains(power) && !r.powerName().contains(power)) {
            return false;
        }
        LocalDate received = r.history().file().receivedOn();
        if (receivedFrom != null && received.isBefore(receivedFrom)) {
            return false;
        }
        return receivedTo == null || !received.isAfter(receivedTo);
    }
}
