-- A case (owned by the office) cites a power item and a unit owned by the district. Sync files from the two
-- owners arrive in any order, and the power list may be wiped and re-imported, so these references are not
-- foreign keys (the case keeps the id; the table shows the item once it is there). case_event -> case_file
-- stays a foreign key: both belong to the same owner.

CREATE TABLE case_file_new (
    id                   TEXT PRIMARY KEY,
    number               TEXT    NOT NULL UNIQUE,
    power_item_id        TEXT,
    basis                TEXT    NOT NULL,
    non_power_category   TEXT,
    applicant            TEXT    NOT NULL,
    matter               TEXT    NOT NULL,
    received_on          TEXT    NOT NULL,
    legal_limit_days     INTEGER NOT NULL,
    promised_limit_days  INTEGER,
    department_id        TEXT,
    post                 TEXT,
    person               TEXT,
    steps                TEXT,
    demo                 INTEGER NOT NULL DEFAULT 0
);
INSERT INTO case_file_new SELECT id, number, power_item_id, basis, non_power_category, applicant, matter,
    received_on, legal_limit_days, promised_limit_days, department_id, post, person, steps, demo FROM case_file;
CREATE TABLE case_event_new (
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
INSERT INTO case_event_new SELECT id, case_id, seq, type, date, reason, days, step_index, actor, approver, note, demo
    FROM case_event;
-- children first, so no foreign key is ever left dangling
DROP TABLE case_event;
DROP TABLE case_file;
ALTER TABLE case_file_new RENAME TO case_file;
ALTER TABLE case_event_new RENAME TO case_event;
CREATE INDEX case_file_received ON case_file (received_on);
CREATE INDEX case_file_department ON case_file (department_id);
CREATE INDEX case_file_power ON case_file (power_item_id);
CREATE INDEX case_event_case ON case_event (case_id, seq);
