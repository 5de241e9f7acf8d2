package cn.quanze.core.db;

import cn.quanze.org.data.UserAccounts;
import cn.quanze.supervision.data.SupervisionRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.org.domain.PasswordHasher;
import cn.quanze.core.domain.Role;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tries every write (insert, update, delete) on every entity type in the product schema ({@link cn.quanze.wiring.ProductSchema}) as every role. The
 * expected table is written out here on purpose: a type added to the schema without a policy entry
 * must be 管理员-only, and a policy change shows up as a failing line here.
 */
class WritePolicyTest {
    private static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
            Map.entry("node_setting", EnumSet.of(Role.ADMIN)),
            Map.entry("department", EnumSet.of(Role.ADMIN)),
            Map.entry("power_item", EnumSet.of(Role.ADMIN)),
            Map.entry("supervision_item", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.CLERK)),
            Map.entry("feedback", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.CLERK)),
            Map.entry("supervision_event", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.CLERK)),
            Map.entry("rectification", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.CLERK)),
            Map.entry("attachment", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.CLERK)),
            Map.entry("supervision_dispatch", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("supervision_receipt", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.CLERK)),
            Map.entry("supervision_subtask", EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.CLERK)),
            Map.entry("case_file", EnumSet.of(Role.ADMIN, Role.CLERK)),
            Map.entry("case_event", EnumSet.of(Role.ADMIN, Role.CLERK)),
            Map.entry("user_account", EnumSet.of(Role.ADMIN)));
    /** Types where 办事员 may write only records of their own unit. */
    private static final Set<String> OWN_UNIT = Set.of("supervision_item", "feedback", "supervision_event", "rectification", "attachment",
            "case_file", "case_event");

    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir);
        new UserAccounts(wb.store(), TestWorkbench.CLOCK, new PasswordHasher(1000))
                .create("admin", "管理员", null, Role.ADMIN, "secret123".toCharArray());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static final class Undo extends RuntimeException {
    }

    @Test
    void everyRoleTriesEveryWriteOnEveryEntityType() {
        Store store = wb.store();
        for (EntityType<?> type : store.schema().entities()) {
            Set<Role> allowed = EXPECTED.getOrDefault(type.name(), EnumSet.of(Role.ADMIN));
            Row sample = store.read(c -> Sql.one(c, "SELECT * FROM " + type.name() + " LIMIT 1")).orElse(null);
            for (Role role : Role.values()) {
                String unit = sample == null ? null : unitOf(type, sample);
                Principal who = new Principal("u-" + role, "user-" + role, role, unit);
                boolean expect = allowed.contains(role);
                if (sample == null) {
                    Row empty = new Row();
                    type.columns().forEach(col -> empty.put(col, null));
                    boolean got = store.read(c -> store.policy().allows(who, type.name(), null, empty, null));
                    assertThat(got).as("%s as %s (no sample row)", type, role)
                            .isEqualTo(expect && !(role == Role.CLERK && OWN_UNIT.contains(type.name())));
                    continue;
                }
                assertWrite(type, sample, who, expect);
            }
            if (sample != null && OWN_UNIT.contains(type.name())) {
                assertWrite(type, sample, new Principal("u-other", "other-clerk", Role.CLERK, "another-unit"), false);
            }
        }
    }

    /** Deletes the sample and inserts it again (or a copy under a new id), as {@code who}; then undoes it. */
    private <T> void assertWrite(EntityType<T> type, Row sample, Principal who, boolean allowed) {
        Store store = wb.store();
        store.signIn(who);
        long revisions = store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
        try {
            T record = type.fromRow(sample);
            if (allowed) {
                assertThatThrownBy(() -> store.run("policy.test", uow -> {
                    assertThat(uow.delete(type, sample.str("id"))).isTrue();
                    assertThat(uow.put(type, record)).isEqualTo(UnitOfWork.Outcome.INSERTED);
                    throw new Undo();
                })).as("%s as %s", type, who).isInstanceOf(Undo.class);
            } else {
                assertThatThrownBy(() -> store.run("policy.test", uow -> uow.delete(type, sample.str("id"))))
                        .as("delete %s as %s", type, who).isInstanceOf(PermissionDeniedException.class);
                Row copy = new Row();
                sample.values().forEach(copy::put);
                copy.put("id", cn.quanze.core.domain.Ids.newId());
                T fresh = type.fromRow(copy);
                assertThatThrownBy(() -> store.run("policy.test", uow -> uow.put(type, fresh)))
                        .as("insert %s as %s", type, who).isInstanceOf(PermissionDeniedException.class);
            }
        } finally {
            store.signIn(null);
        }
        long after = store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM revision"));
        assertThat(after).as("revisions after %s as %s", type, who).isEqualTo(revisions);
    }

    /** The clerk's unit for the sample: the one the record belongs to. */
    private String unitOf(EntityType<?> type, Row row) {
        return switch (type.name()) {
            case "supervision_item" -> row.str("lead_unit_id");
            case "feedback", "supervision_event" -> one("SELECT lead_unit_id AS u FROM supervision_item WHERE id = ?",
                    row.str("item_id"));
            case "rectification" -> row.str("owner_unit_id");
            case "case_event" -> one("SELECT department_id AS u FROM case_file WHERE id = ?", row.str("case_id"));
            case "attachment" -> switch (row.str("owner_entity")) {
                case "feedback" -> one("SELECT s.lead_unit_id AS u FROM feedback f JOIN supervision_item s "
                        + "ON s.id = f.item_id WHERE f.id = ?", row.str("owner_id"));
                case "case_file" -> one("SELECT department_id AS u FROM case_file WHERE id = ?", row.str("owner_id"));
                default -> one("SELECT lead_unit_id AS u FROM supervision_item WHERE id = ?", row.str("owner_id"));
            };
            default -> row.has("department_id") ? row.str("department_id") : null;
        };
    }

    private String one(String sql, String id) {
        return wb.store().read(c -> Sql.one(c, sql, id)).map(r -> r.str("u")).orElse(null);
    }

    @Test
    void clerkWritesFeedbackOfOwnUnitOnly() {
        Store store = wb.store();
        Row fb = store.read(c -> Sql.one(c, "SELECT f.*, s.lead_unit_id AS unit FROM feedback f "
                + "JOIN supervision_item s ON s.id = f.item_id LIMIT 1")).orElseThrow();
        var feedback = store.read(c -> Sql.one(c, "SELECT * FROM feedback WHERE id = ?", fb.str("id")))
                .map(SupervisionRecords.FEEDBACK::fromRow).orElseThrow();
        var changed = new cn.quanze.supervision.domain.Feedback(feedback.id(), feedback.itemId(), feedback.date(),
                feedback.content() + "（补充）", feedback.progress(), feedback.problems(), feedback.nextSteps(),
                feedback.demo());
        store.signIn(new Principal("c2", "clerk2", Role.CLERK, "not-my-unit"));
        assertThatThrownBy(() -> store.run("feedback.edit", uow -> uow.put(SupervisionRecords.FEEDBACK, changed)))
                .isInstanceOf(PermissionDeniedException.class);
        store.signIn(new Principal("c1", "clerk1", Role.CLERK, fb.str("unit")));
        store.run("feedback.edit", uow -> uow.put(SupervisionRecords.FEEDBACK, changed));
        List<Row> audit = store.read(c -> Sql.rows(c, "SELECT user_name FROM audit_log ORDER BY seq DESC LIMIT 1"));
        assertThat(audit.get(0).str("user_name")).isEqualTo("clerk1");
        store.signIn(null);
        assertThat(new DbCheck(store).run()).isEmpty();
    }

    @Test
    void readOnlyUserMayChangeOnlyOwnPassword() {
        UserAccounts users = new UserAccounts(wb.store(), TestWorkbench.CLOCK, new PasswordHasher(1000));
        var leader = users.create("leader", "领导", null, Role.READ_ONLY, "leader123".toCharArray());
        wb.store().signIn(UserAccounts.principalOf(leader));
        users.changeOwnPassword(leader.id(), "leader123".toCharArray(), "newpass456".toCharArray());
        assertThatThrownBy(() -> users.update(leader.id(), "领导", null, Role.ADMIN, true))
                .isInstanceOf(PermissionDeniedException.class);
        wb.store().signIn(null);
        assertThat(users.signIn("leader", "newpass456".toCharArray())).isInstanceOf(UserAccounts.SignIn.Ok.class);
    }
}
