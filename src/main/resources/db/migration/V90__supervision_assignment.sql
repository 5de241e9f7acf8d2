-- 交办 between offices: the issuer's dispatch per unit, the receiving office's receipt (same id) and its
-- sub-tasks (分解落实, kept by the office). Foreign keys make a receipt arriving before its dispatch wait in the
-- sync backlog.
CREATE TABLE supervision_dispatch (
    id             TEXT PRIMARY KEY,
    item_id        TEXT    NOT NULL REFERENCES supervision_item (id) DEFERRABLE INITIALLY DEFERRED,
    issuer_office  TEXT    NOT NULL,
    unit_id        TEXT    NOT NULL REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    office_code    TEXT    NOT NULL,
    role           TEXT    NOT NULL,
    dispatched_on  TEXT    NOT NULL,
    deadline       TEXT,
    requirements   TEXT,
    active         INTEGER NOT NULL,
    applied_seq    INTEGER NOT NULL,
    decided_seq    INTEGER NOT NULL,
    decision       TEXT,
    decision_on    TEXT,
    decision_text  TEXT,
    rectification_id TEXT REFERENCES rectification (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX supervision_dispatch_item ON supervision_dispatch (item_id);
CREATE INDEX supervision_dispatch_office ON supervision_dispatch (office_code, active);

CREATE TABLE supervision_receipt (
    id                 TEXT PRIMARY KEY REFERENCES supervision_dispatch (id) DEFERRABLE INITIALLY DEFERRED,
    item_id            TEXT    NOT NULL,
    office_code        TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    acted_on           TEXT    NOT NULL,
    acted_by           TEXT,
    reason             TEXT,
    suggested_unit     TEXT,
    share_subtasks     INTEGER NOT NULL,
    progress           INTEGER NOT NULL,
    last_feedback_on   TEXT,
    request_seq        INTEGER NOT NULL,
    request_kind       TEXT,
    request_text       TEXT,
    requested_deadline TEXT,
    request_on         TEXT,
    subtasks           TEXT
);

CREATE TABLE supervision_subtask (
    id          TEXT PRIMARY KEY,
    dispatch_id TEXT    NOT NULL REFERENCES supervision_dispatch (id) DEFERRABLE INITIALLY DEFERRED,
    item_id     TEXT    NOT NULL,
    department  TEXT    NOT NULL,
    assignee    TEXT,
    content     TEXT    NOT NULL,
    deadline    TEXT    NOT NULL,
    progress    INTEGER NOT NULL,
    done_on     TEXT,
    note        TEXT
);
CREATE INDEX supervision_subtask_dispatch ON supervision_subtask (dispatch_id);
