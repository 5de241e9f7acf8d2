package cn.quanze.org.domain;

import cn.quanze.core.domain.Role;
import java.time.Instant;

/**
 * A local user of this installation (never synced). The password is kept only as a {@link PasswordHasher} hash;
 * {@code failedAttempts} and {@code lockedUntil} implement the lock-out after repeated wrong passwords.
 */
public record UserAccount(String id, String login, String fullName, String departmentId, Role role,
                          String passwordHash, int failedAttempts, Instant lockedUntil, boolean active,
                          Instant lastLoginAt) {
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final java.time.Duration LOCK_OUT = java.time.Duration.ofMinutes(15);

    public UserAccount {
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException("login required");
        }
        if (role == null) {
            throw new IllegalArgumentException("role required");
        }
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The account after one more wrong password: locked for {@link #LOCK_OUT} on the fifth. */
    public UserAccount afterFailure(Instant now) {
        int n = failedAttempts + 1;
        Instant until = n >= MAX_FAILED_ATTEMPTS ? now.plus(LOCK_OUT) : lockedUntil;
        return new UserAccount(id, login, fullName, departmentId, role, passwordHash,
                n >= MAX_FAILED_ATTEMPTS ? 0 : n, until, active, lastLoginAt);
    }

    public UserAccount afterSuccess(Instant now) {
        return new UserAccount(id, login, fullName, departmentId, role, passwordHash, 0, null, active, now);
    }

    public UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, login, fullName, departmentId, role, hash, failedAttempts, lockedUntil, active,
                lastLoginAt);
    }

    public UserAccount with(String newFullName, String newDepartmentId, Role newRole, boolean newActive) {
        return new UserAccount(id, login, newFullName, newDepartmentId, newRole, passwordHash, failedAttempts,
                lockedUntil, newActive, lastLoginAt);
    }

    public UserAccount unlocked() {
        return new UserAccount(id, login, fullName, departmentId, role, passwordHash, 0, null, active, lastLoginAt);
    }
}
