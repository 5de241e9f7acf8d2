package cn.quanze.org.data;

import cn.quanze.core.db.JdbcRepositories;
import cn.quanze.core.db.Principal;
import cn.quanze.core.db.Sql;
import cn.quanze.core.db.Store;
import cn.quanze.core.domain.Ids;
import cn.quanze.org.domain.PasswordHasher;
import cn.quanze.core.domain.Role;
import cn.quanze.org.domain.UserAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Local user accounts: creating and changing them (through the unit of work, so the audit log shows who did it
 * and the write policy lets only 管理员 do it), and signing in with lock-out after
 * {@link UserAccount#MAX_FAILED_ATTEMPTS} wrong passwords.
 */
public final class UserAccounts {
    /** The outcome of a sign-in attempt. A wrong login and a wrong password look the same to the caller. */
    public sealed interface SignIn {
        record Ok(Principal principal, UserAccount account) implements SignIn {
        }

        record Wrong(int attemptsLeft) implements SignIn {
        }

        record Locked(Instant until) implements SignIn {
        }

        record Inactive() implements SignIn {
        }
    }

    /** A refused change; {@code key} is a message key the caller localizes. */
    public static final class Refused extends IllegalArgumentException {
        private final String key;

        public Refused(String key, String detail) {
            super(detail);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Store store;
    private final Clock clock;
    private final PasswordHasher hasher;

    public UserAccounts(Store store, Clock clock, PasswordHasher hasher) {
        this.store = store;
        this.clock = clock;
        this.hasher = hasher;
    }

    public boolean any() {
        return store.read(c -> Sql.count(c, "SELECT COUNT(*) FROM user_account")) > 0;
    }

    public List<UserAccount> all() {
        return JdbcRepositories.list(store, UserRecords.USER_ACCOUNT, "SELECT * FROM user_account ORDER BY login");
    }

    public Optional<UserAccount> byLogin(String login) {
        return JdbcRepositories.list(store, UserRecords.USER_ACCOUNT,
                "SELECT * FROM user_account WHERE login = ?", login.trim()).stream().findFirst();
    }

    public UserAccount create(String login, String fullName, String departmentId, Role role, char[] password) {
        requireAcceptable(password);
        if (role == Role.CLERK && (departmentId == null || departmentId.isBlank())) {
            throw new Refused("users.invalid.clerkUnit", login);
        }
        if (login == null || !login.trim().matches("[\\p{L}\\p{N}._-]{2,32}")) {
            throw new Refused("users.invalid.login", String.valueOf(login));
        }
        UserAccount account = new UserAccount(Ids.newId(), login.trim(), blankToNull(fullName),
                blankToNull(departmentId), role, hasher.hash(password), 0, null, true, null);
        return store.write("user.create", uow -> {
            if (!uow.query("SELECT id FROM user_account WHERE login = ?", account.login()).isEmpty()) {
                throw new Refused("users.invalid.duplicate", account.login());
            }
            uow.put(UserRecords.USER_ACCOUNT, account);
            return account;
        });
    }

    /** Changes name, unit, role and whether the account may sign in. The last active 管理员 cannot be demoted. */
    public UserAccount update(String id, String fullName, String departmentId, Role role, boolean active) {
        if (role == Role.CLERK && (departmentId == null || departmentId.isBlank())) {
            throw new Refused("users.invalid.clerkUnit", id);
        }
        return store.write("user.update", uow -> {
            UserAccount old = uow.find(UserRecords.USER_ACCOUNT, id).orElseThrow();
            UserAccount changed = old.with(blankToNull(fullName), blankToNull(departmentId), role, active);
            boolean wasAdmin = old.role() == Role.ADMIN && old.active();
            boolean isAdmin = role == Role.ADMIN && active;
            if (wasAdmin && !isAdmin && uow.query("SELECT id FROM user_account WHERE role = 'ADMIN' AND active = 1 "
                    + "AND id <> ?", id).isEmpty()) {
                throw new Refused("users.invalid.lastAdmin", old.login());
            }
            uow.put(UserRecords.USER_ACCOUNT, changed);
            return changed;
        });
    }

    /** An administrator sets a new password (and lifts a lock-out). */
    public void resetPassword(String id, char[] password) {
        requireAcceptable(password);
        String hash = hasher.hash(password);
        store.run("user.resetPassword", uow -> uow.put(UserRecords.USER_ACCOUNT,
                uow.find(UserRecords.USER_ACCOUNT, id).orElseThrow().withPasswordHash(hash).unlocked()));
    }

    /** A user changes their own password, proving the old one. */
    public void changeOwnPassword(String id, char[] oldPassword, char[] newPassword) {
        requireAcceptable(newPassword);
        UserAccount account = store.read(c -> Sql.one(c, "SELECT * FROM user_account WHERE id = ?", id))
                .map(UserRecords.USER_ACCOUNT::fromRow).orElseThrow();
        if (!hasher.verify(oldPassword, account.passwordHash())) {
            throw new Refused("users.invalid.oldPassword", account.login());
        }
        String hash = hasher.hash(newPassword);
        store.run("user.changePassword", uow -> uow.put(UserRecords.USER_ACCOUNT, account.withPasswordHash(hash)));
    }

    public void unlock(String id) {
        store.run("user.unlock", uow -> uow.put(UserRecords.USER_ACCOUNT,
                uow.find(UserRecords.USER_ACCOUNT, id).orElseThrow().unlocked()));
    }

    /**
     * Checks a password. Every attempt on an existing account is written (failed attempts, lock-out, last
     * sign-in), so the audit log shows sign-ins and lock-outs. Does not sign the store in: the caller does.
     */
    public SignIn signIn(String login, char[] password) {
        Optional<UserAccount> found = byLogin(login == null ? "" : login);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            hasher.hash(password); // same time as a real check, so a wrong login is not told apart
            return new SignIn.Wrong(UserAccount.MAX_FAILED_ATTEMPTS);
        }
        UserAccount account = found.get();
        if (!account.active()) {
            return new SignIn.Inactive();
        }
        if (account.lockedAt(now)) {
            return new SignIn.Locked(account.lockedUntil());
        }
        if (!hasher.verify(password, account.passwordHash())) {
            UserAccount failed = account.afterFailure(now);
            store.run("user.signInFailed", uow -> uow.put(UserRecords.USER_ACCOUNT, failed));
            return failed.lockedAt(now) ? new SignIn.Locked(failed.lockedUntil())
                    : new SignIn.Wrong(UserAccount.MAX_FAILED_ATTEMPTS - failed.failedAttempts());
        }
        UserAccount ok = account.afterSuccess(now);
        UserAccount stored = hasher.needsRehash(ok.passwordHash()) ? ok.withPasswordHash(hasher.hash(password)) : ok;
        store.run("user.signIn", uow -> uow.put(UserRecords.USER_ACCOUNT, stored));
        return new SignIn.Ok(principalOf(stored), stored);
    }

    public static Principal principalOf(UserAccount a) {
        return new Principal(a.id(), a.login(), a.role(), a.departmentId());
    }

    private static void requireAcceptable(char[] password) {
        if (!PasswordHasher.acceptable(password)) {
            throw new Refused("users.invalid.password", "");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
