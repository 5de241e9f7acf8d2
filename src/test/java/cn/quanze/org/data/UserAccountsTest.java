package cn.quanze.org.data;

import cn.quanze.core.db.DbCheck;
import cn.quanze.core.db.Sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.org.domain.PasswordHasher;
import cn.quanze.core.domain.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAccountsTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private final AtomicReference<Instant> now = new AtomicReference<>(TestWorkbench.CLOCK.instant());
    private UserAccounts users;

    @BeforeEach
    void open() {
        wb = TestWorkbench.open(dir);
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        users = new UserAccounts(wb.store(), clock, new PasswordHasher(2000));
        users.create("admin", "王管理", null, Role.ADMIN, "admin2026".toCharArray());
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void passwordIsStoredOnlyAsSaltedPbkdf2HashAndNeverInTheAuditLog() {
        String stored = wb.store().read(c -> Sql.one(c, "SELECT password_hash FROM user_account")).orElseThrow()
                .str("password_hash");
        assertThat(stored).startsWith("pbkdf2-sha256$2000$").doesNotContain("admin2026");
        String audit = wb.store().read(c -> Sql.one(c, "SELECT summary FROM audit_log WHERE entity = 'user_account'"))
                .orElseThrow().str("summary");
        assertThat(audit).contains("***").doesNotContain(stored.split("\\$")[3]);
        users.create("clerk1", "李办事", null, Role.READ_ONLY, "admin2026".toCharArray());
        String other = wb.store().read(c -> Sql.one(c, "SELECT password_hash FROM user_account WHERE login = 'clerk1'"))
                .orElseThrow().str("password_hash");
        assertThat(other).isNotEqualTo(stored);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        for (int left = 4; left >= 1; left--) {
            assertThat(users.signIn("admin", "wrong-pass1".toCharArray())).isEqualTo(new UserAccounts.SignIn.Wrong(left));
        }
        assertThat(users.signIn("admin", "wrong-pass1".toCharArray())).isInstanceOf(UserAccounts.SignIn.Locked.class);
        assertThat(users.signIn("admin", "admin2026".toCharArray())).as("right password while locked")
                .isInstanceOf(UserAccounts.SignIn.Locked.class);
        now.set(now.get().plus(Duration.ofMinutes(16)));
        var ok = users.signIn("admin", "admin2026".toCharArray());
        assertThat(ok).isInstanceOf(UserAccounts.SignIn.Ok.class);
        assertThat(((UserAccounts.SignIn.Ok) ok).principal().role()).isEqualTo(Role.ADMIN);
        long failures = count("SELECT COUNT(*) FROM audit_log WHERE action = 'user.signInFailed'");
        assertThat(failures).isEqualTo(5);
        assertThat(new DbCheck(wb.store()).run()).isEmpty();
    }

    @Test
    void unknownLoginLooksLikeAWrongPasswordAndWritesNothing() {
        long before = count("SELECT COUNT(*) FROM audit_log");
        assertThat(users.signIn("nobody", "whatever1".toCharArray())).isInstanceOf(UserAccounts.SignIn.Wrong.class);
        assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(before);
    }

    private long count(String sql) {
        return wb.store().read(c -> Sql.count(c, sql));
    }

    @Test
    void weakPasswordsDuplicateLoginsAndDemotingTheLastAdminAreRefused() {
        assertThatThrownBy(() -> users.create("x1", null, null, Role.ADMIN, "short1".toCharArray()))
                .isInstanceOf(UserAccounts.Refused.class).hasFieldOrPropertyWithValue("key", "users.invalid.password");
        assertThatThrownBy(() -> users.create("ADMIN", null, null, Role.ADMIN, "longenough1".toCharArray()))
                .hasFieldOrPropertyWithValue("key", "users.invalid.duplicate");
        assertThatThrownBy(() -> users.create("clerk", null, null, Role.CLERK, "longenough1".toCharArray()))
                .hasFieldOrPropertyWithValue("key", "users.invalid.clerkUnit");
        String id = users.byLogin("admin").orElseThrow().id();
        assertThatThrownBy(() -> users.update(id, "王管理", null, Role.SUPERVISOR, true))
                .hasFieldOrPropertyWithValue("key", "users.invalid.lastAdmin");
    }

    @Test
    void aWeakerStoredHashIsUpgradedOnSignIn() {
        UserAccounts stronger = new UserAccounts(wb.store(), TestWorkbench.CLOCK, new PasswordHasher(3000));
        assertThat(stronger.signIn("admin", "admin2026".toCharArray())).isInstanceOf(UserAccounts.SignIn.Ok.class);
        assertThat(users.byLogin("admin").orElseThrow().passwordHash()).startsWith("pbkdf2-sha256$3000$");
    }
}
