package cn.quanze.cases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 办件: the registered facts of one case. What happened to it afterwards (suspensions, extensions, steps done,
 * completion) are {@link CaseEvent}s; its deadlines and light are computed by {@link CaseClock}.
 * Limits are in working days; {@code promisedLimitDays} may be null (no promise beyond the legal limit).
 */
public record CaseFile(
        String id,
        String number,
        String powerItemId,
        CaseBasis basis,
        String nonPowerCategory,
        String applicant,
        String matter,
        LocalDate receivedOn,
        int legalLimitDays,
        Integer promisedLimitDays,
        String departmentId,
        String post,
        String person,
        List<CaseStep> steps,
        boolean demo) {

    public CaseFile {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public CaseFile withLimits(int legal, Integer promised) {
        return new CaseFile(id, number, powerItemId, basis, nonPowerCategory, applicant, matter, receivedOn, legal,
                promised, departmentId, post, person, steps, demo);
    }

    /** The limit the office tracks before any extension: the promise when there is one, else the legal limit. */
    public int trackedLimitDays() {
        return promisedLimitDays == null ? legalLimitDays : Math.min(promisedLimitDays, legalLimitDays);
    }
}
