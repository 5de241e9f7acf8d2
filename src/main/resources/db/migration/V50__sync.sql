-- Sync bookkeeping: local to this installation, never synced, written only through ChangeLog.local.

CREATE TABLE sync_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Nodes we know: trusted partners (with their key) and nodes vouched for in trusted partners' files.
CREATE TABLE sync_node (
    node_id     TEXT PRIMARY KEY,
    office_code TEXT NOT NULL,
    office_name TEXT,
    level       TEXT NOT NULL,
    public_key  TEXT,
    fingerprint TEXT,
    trusted_at  TEXT,
    their_have  TEXT,
    their_bundle_seq INTEGER NOT NULL DEFAULT 0,
    last_import_at TEXT,
    last_export_at TEXT
);

-- Per origin node: every in-scope revision up to seq is here (in the log or the backlog).
CREATE TABLE sync_have (
    origin_node TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL
);

CREATE TABLE sync_bundle (
    bundle_id   TEXT PRIMARY KEY,
    direction   TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    peer_node   TEXT NOT NULL,
    peer_office TEXT NOT NULL,
    at          TEXT NOT NULL,
    revisions   INTEGER NOT NULL,
    summary     TEXT
);

CREATE TABLE sync_counter (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

-- Revisions received before their parents: applied when the parents arrive.
CREATE TABLE sync_backlog (
    rev_id      TEXT PRIMARY KEY,
    sender_node TEXT NOT NULL,
    line        TEXT NOT NULL,
    missing     TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- Changes by a non-owner: kept in the log, kept out of current data until the owner decides.
CREATE TABLE sync_proposal (
    rev_id      TEXT PRIMARY KEY,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    author_office TEXT NOT NULL,
    owner_office  TEXT NOT NULL,
    status      TEXT NOT NULL,
    received_at TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  TEXT
);
CREATE INDEX sync_proposal_record ON sync_proposal (entity, record_id);

-- Records whose concurrent heads disagree; current while record_head still points at merge_rev.
CREATE TABLE sync_conflict (
    entity     TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    merge_rev  TEXT NOT NULL,
    heads      TEXT NOT NULL,
    fields     TEXT NOT NULL,
    winner     TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);
