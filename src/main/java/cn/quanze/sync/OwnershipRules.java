package cn.quanze.sync;

import java.util.List;

/**
 * Who owns each entity type and who receives it — the one place to classify a new entity. Rules are matched in
 * order by exact name or by name prefix ({@code "duty*"}); a type that matches none gets {@link #DEFAULT}: owned by
 * the office that created the record and shared only with that office and the district, so an unclassified new
 * type can neither leak to other offices nor be overwritten by them.
 */
public final class OwnershipRules {
    /** Who may change a record: the district office, or the office whose node created the record. */
    public enum Owner { DISTRICT, CREATOR, LOCAL }

    /** Which offices receive a record: every office, or only the owner office and the district. */
    public enum Scope { EVERYONE, OWNER_AND_DISTRICT, NOBODY }

    public record Rule(String pattern, Owner owner, Scope scope) {
        boolean matches(String entity) {
            return pattern.endsWith("*") ? entity.startsWith(pattern.substring(0, pattern.length() - 1))
                    : entity.equals(pattern);
        }
    }

    public static final Rule DEFAULT = new Rule("*", Owner.CREATOR, Scope.OWNER_AND_DISTRICT);

    /** The table. Lead: add new entity types here (exact names before prefixes). */
    public static final List<Rule> RULES = List.of(
            new Rule("node_setting", Owner.LOCAL, Scope.NOBODY),
            new Rule("sync_*", Owner.LOCAL, Scope.NOBODY),
            new Rule("user_account", Owner.LOCAL, Scope.NOBODY),
            // local holidays are per installation; the official schedule comes from the district
            new Rule("calendar_entry", Owner.LOCAL, Scope.NOBODY),
            // a unit belongs to the office that created it (the district's departments, a sub-district's sections and
            // 居民区): every office sees them all, a partner's change to one arrives as a proposal
            new Rule("department", Owner.CREATOR, Scope.EVERYONE),
            // the district owns the power list and the responsibility catalog
            new Rule("power_*", Owner.DISTRICT, Scope.EVERYONE),
            new Rule("duty*", Owner.DISTRICT, Scope.EVERYONE),
            new Rule("department_duties", Owner.DISTRICT, Scope.EVERYONE),
            new Rule("block_duties", Owner.DISTRICT, Scope.EVERYONE),
            new Rule("accountability_*", Owner.DISTRICT, Scope.EVERYONE),
            new Rule("post*", Owner.DISTRICT, Scope.EVERYONE),
            new Rule("assistance*", Owner.DISTRICT, Scope.EVERYONE),
            new Rule("calendar*", Owner.DISTRICT, Scope.EVERYONE),
            // 分解落实 sub-tasks stay with the office that made them; their states travel on its receipt if shared
            new Rule("supervision_subtask", Owner.LOCAL, Scope.NOBODY),
            // supervision flows down, feedback flows up: each belongs to the office that wrote it
            new Rule("supervision_*", Owner.CREATOR, Scope.EVERYONE),
            new Rule("feedback", Owner.CREATOR, Scope.EVERYONE),
            new Rule("urge_*", Owner.CREATOR, Scope.EVERYONE),
            new Rule("rectification*", Owner.CREATOR, Scope.EVERYONE),
            new Rule("attachment", Owner.CREATOR, Scope.EVERYONE),
            // each office's cases stay with it (and the district, which oversees deadlines)
            new Rule("case_*", Owner.CREATOR, Scope.OWNER_AND_DISTRICT));

    private OwnershipRules() {
    }

    public static Rule ruleFor(String entity) {
        return BY_ENTITY.computeIfAbsent(entity, e -> RULES.stream().filter(r -> r.matches(e)).findFirst().orElse(DEFAULT));
    }

    /** ruleFor is asked once per revision on export and import: the first answer per entity is kept. */
    private static final java.util.Map<String, Rule> BY_ENTITY = new java.util.concurrent.ConcurrentHashMap<>();

    public static boolean synced(String entity) {
        return ruleFor(entity).owner() != Owner.LOCAL;
    }
}
