package cn.quanze.org.data;

import cn.quanze.core.db.EntityType;
import cn.quanze.core.db.Row;
import cn.quanze.core.domain.Role;
import cn.quanze.org.domain.UserAccount;
import java.time.Instant;
import java.util.List;

/** Entity type of the local user accounts. Local to the installation, like {@code node_setting}: never synced. */
public final class UserRecords {
    private UserRecords() {
    }

    public static final EntityType<UserAccount> USER_ACCOUNT = new EntityType<>("user_account",
            List.of("id", "login", "full_name", "department_id", "role", "password_hash", "failed_attempts",
                    "locked_until", "active", "last_login_at"),
            u -> new Row().put("id", u.id()).put("login", u.login()).put("full_name", u.fullName())
                    .put("department_id", u.departmentId()).put("role", u.role())
                    .put("password_hash", u.passwordHash()).put("failed_attempts", u.failedAttempts())
                    .put("locked_until", u.lockedUntil() == null ? null : u.lockedUntil().toString())
                    .put("active", u.active())
                    .put("last_login_at", u.lastLoginAt() == null ? null : u.lastLoginAt().toString()),
            r -> new UserAccount(r.str("id"), r.str("login"), r.str("full_name"), r.str("department_id"),
                    r.enumValue(Role.class, "role"), r.str("password_hash"), r.integer("failed_attempts"),
                    r.str("locked_until") == null ? null : Instant.parse(r.str("locked_until")), r.bool("active"),
                    r.str("last_login_at") == null ? null : Instant.parse(r.str("last_login_at"))));
}
