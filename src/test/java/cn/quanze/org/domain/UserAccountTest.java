package cn.quanze.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lock-out after repeated wrong passwords, and what the other changes of an account keep. */
class UserAccountTest {
    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    private static UserAccount clerk() {
        return new UserAccount("u1", "wangli", "王丽", "d1", Role.CLERK, "hash", 0, null, true, null);
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountForFifteenMinutes() {
        UserAccount a = clerk();
        for (int i = 1; i <= 4; i++) {
            a = a.afterFailure(NOW);
            assertThat(a.failedAttempts()).isEqualTo(i);
            assertThat(a.lockedAt(NOW)).isFalse();
        }
        a = a.afterFailure(NOW);
        assertThat(a.lockedAt(NOW)).isTrue();
        assertThat(a.lockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(a.lockedAt(NOW.plus(UserAccount.LOCK_OUT))).isFalse();
        assertThat(a.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(a.failedAttempts()).isZero(); // five more tries after the lock-out ends
        UserAccount again = a.afterFailure(NOW.plus(Duration.ofMinutes(20)));
        assertThat(again.failedAttempts()).isEqualTo(1);
        assertThat(again.lockedUntil()).isEqualTo(a.lockedUntil());
        assertThat(again.lockedAt(NOW.plus(Duration.ofMinutes(20)))).isFalse();
    }

    @Test
    void aSuccessClearsTheFailuresAndRemembersTheLogin() {
        UserAccount a = clerk().afterFailure(NOW).afterFailure(NOW).afterSuccess(NOW);
        assertThat(a.failedAttempts()).isZero();
        assertThat(a.lockedUntil()).isNull();
        assertThat(a.lastLoginAt()).isEqualTo(NOW);
        assertThat(a.passwordHash()).isEqualTo("hash");
    }

    @Test
    void anAdministratorUnlocksWithoutTouchingTheRest() {
        UserAccount locked = clerk();
        for (int i = 0; i < 5; i++) {
            locked = locked.afterFailure(NOW);
        }
        UserAccount open = locked.unlocked();
        assertThat(open.lockedAt(NOW)).isFalse();
        assertThat(open).isEqualTo(new UserAccount("u1", "wangli", "王丽", "d1", Role.CLERK, "hash", 0, null, true,
                null));
    }

    @Test
    void changesKeepWhatTheyDoNotChange() {
        UserAccount a = clerk().afterFailure(NOW);
        UserAccount moved = a.with("王丽华", "d2", Role.SUPERVISOR, false);
        assertThat(moved).isEqualTo(new UserAccount("u1", "wangli", "王丽华", "d2", Role.SUPERVISOR, "hash", 1, null,
                false, null));
        UserAccount rehashed = a.withPasswordHash("new");
        assertThat(rehashed).isEqualTo(new UserAccount("u1", "wangli", "王丽", "d1", Role.CLERK, "new", 1, null, true,
                null));
    }

    @Test
    void aLoginAndARoleAreRequired() {
        assertThatThrownBy(() -> new UserAccount("u", null, "x", null, Role.CLERK, "h", 0, null, true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserAccount("u", " ", "x", null, Role.CLERK, "h", 0, null, true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserAccount("u", "wangli", "x", null, null, "h", 0, null, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
