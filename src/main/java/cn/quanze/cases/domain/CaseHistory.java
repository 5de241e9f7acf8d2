package cn.quanze.cases.domain;

import java.util.List;

/** A case with its events in order: everything {@link CaseClock} needs. */
public record CaseHistory(CaseFile file, List<CaseEvent> events) {
    public CaseHistory {
        events = List.copyOf(events);
    }

    public int nextSeq() {
        return events.stream().mapToInt(CaseEvent::seq).max().orElse(0) + 1;
    }
}
