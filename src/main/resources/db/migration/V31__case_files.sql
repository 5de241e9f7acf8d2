-- 限时办结: cases (办件) with their steps as a JSON column, and the append-only events (timeline) of each case.

CREATE TABLE case_file (
    id                   TEXT PRIMARY KEY,
    number               TEXT    NOT NULL UNIQUE,
    power_item_id        TEXT REFERENCES power_item (id) DEFERRABLE INITIALLY DEFERRED,
    basis                TEXT    NOT NULL,            -- POWER | NOT_POWER_BASED
    non_power_category   TEXT,
    applicant            TEXT    NOT NULL,
    matter               TEXT    NOT NULL,
    received_on          TEXT    NOT NULL,
    legal_limit_days     INTEGER NOT NULL,
    promised_limit_days  INTEGER,
    department_id        TEXT REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    post                 TEXT,
    person               TEXT,
    steps                TEXT,
    demo                 INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_file_received ON case_file (received_on);
CREATE INDEX case_file_department ON case_file (department_id);
CREATE INDEX case_file_power ON case_file (power_item_id);

CREATE TABLE case_event (
    id          TEXT PRIMARY KEY,
    case_id     TEXT    NOT NULL REFERENCES case_file (id) DEFERRABLE INITIALLY DEFERRED,
    seq         INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    date        TEXT    NOT NULL,
    reason      TEXT,
    days        INTEGER,
    step_index  INTEGER,
    actor       TEXT,
    approver    TEXT,
    note        TEXT,
    demo        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (case_id, seq)
);
CREATE INDEX case_event_case ON case_event (case_id, seq);
