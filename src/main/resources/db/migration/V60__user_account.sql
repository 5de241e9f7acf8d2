-- Local user accounts of this installation (never synced). Written only through the unit of work, so every
-- change to an account (including failed log-ins and lock-outs) is in the audit log.
CREATE TABLE user_account (
    id              TEXT PRIMARY KEY,
    login           TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    full_name       TEXT,
    department_id   TEXT REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    role            TEXT    NOT NULL,
    password_hash   TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    last_login_at   TEXT
);
CREATE INDEX audit_user ON audit_log (user_name, seq);
CREATE INDEX audit_at ON audit_log (at);
