-- The change log, the audit log and the core registers. Every synced table has a TEXT id (client UUID v7)
-- and is written only through the unit of work, which appends a revision and an audit entry per write.

CREATE TABLE node_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE revision (
    seq         INTEGER PRIMARY KEY,
    rev_id      TEXT    NOT NULL UNIQUE,
    entity      TEXT    NOT NULL,
    record_id   TEXT    NOT NULL,
    parents     TEXT    NOT NULL,
    origin_node TEXT    NOT NULL,
    origin_seq  INTEGER NOT NULL,
    hlc         INTEGER NOT NULL,
    user_name   TEXT    NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    data        TEXT    NOT NULL,
    UNIQUE (origin_node, origin_seq)
);
CREATE INDEX revision_record ON revision (entity, record_id);

CREATE TABLE record_head (
    entity    TEXT    NOT NULL,
    record_id TEXT    NOT NULL,
    rev_id    TEXT    NOT NULL,
    deleted   INTEGER NOT NULL,
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    rev_id    TEXT,
    summary   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_record ON audit_log (entity, record_id);
CREATE INDEX audit_rev ON audit_log (rev_id);

CREATE TABLE node_setting (
    id    TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE department (
    id         TEXT PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    short_name TEXT,
    kind       TEXT    NOT NULL,
    demo       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE power_item (
    id                  TEXT PRIMARY KEY,
    code                TEXT    NOT NULL UNIQUE,
    name                TEXT    NOT NULL,
    type                TEXT    NOT NULL,
    parent_id           TEXT REFERENCES power_item (id) DEFERRABLE INITIALLY DEFERRED,
    department_id       TEXT REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    undertaking_office  TEXT,
    level               TEXT,
    legal_limit_days    INTEGER,
    promised_limit_days INTEGER,
    fee                 TEXT,
    bases               TEXT,
    discretion          TEXT,
    steps               TEXT,
    guide               TEXT,
    status              TEXT    NOT NULL,
    remarks             TEXT,
    demo                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX power_item_parent ON power_item (parent_id);
CREATE INDEX power_item_department ON power_item (department_id);

CREATE TABLE supervision_item (
    id                  TEXT PRIMARY KEY,
    year                INTEGER NOT NULL,
    number              INTEGER NOT NULL,
    source              TEXT    NOT NULL,
    source_doc_no       TEXT,
    source_date         TEXT,
    title               TEXT    NOT NULL,
    content             TEXT,
    importance          TEXT    NOT NULL,
    lead_unit_id        TEXT REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    cooperating_unit_ids TEXT,
    leader              TEXT,
    contact             TEXT,
    assigned_on         TEXT,
    deadline            TEXT,
    feedback_cycle      TEXT    NOT NULL,
    feedback_day        INTEGER,
    state               TEXT    NOT NULL,
    progress            INTEGER NOT NULL DEFAULT 0,
    demo                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX supervision_item_lead ON supervision_item (lead_unit_id);
CREATE INDEX supervision_item_state ON supervision_item (state);

CREATE TABLE feedback (
    id         TEXT PRIMARY KEY,
    item_id    TEXT    NOT NULL REFERENCES supervision_item (id) DEFERRABLE INITIALLY DEFERRED,
    date       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    progress   INTEGER NOT NULL,
    problems   TEXT,
    next_steps TEXT,
    demo       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feedback_item ON feedback (item_id, date);
