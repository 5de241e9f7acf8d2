-- 督查督办: deadline in working days, milestones, state dates; the append-only timeline; attachments by content
-- hash; 整改 items.
ALTER TABLE supervision_item ADD COLUMN deadline_workdays INTEGER;
ALTER TABLE supervision_item ADD COLUMN milestones TEXT;
ALTER TABLE supervision_item ADD COLUMN state_since TEXT;
ALTER TABLE supervision_item ADD COLUMN requested_deadline TEXT;
ALTER TABLE supervision_item ADD COLUMN completed_on TEXT;
CREATE INDEX supervision_item_number ON supervision_item (year, number);
CREATE INDEX supervision_item_deadline ON supervision_item (deadline);

CREATE TABLE supervision_event (
    id           TEXT PRIMARY KEY,
    item_id      TEXT    NOT NULL REFERENCES supervision_item (id) DEFERRABLE INITIALLY DEFERRED,
    kind         TEXT    NOT NULL,
    date         TEXT    NOT NULL,
    from_state   TEXT,
    to_state     TEXT,
    text         TEXT,
    new_deadline TEXT,
    actor        TEXT,
    demo         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX supervision_event_item ON supervision_event (item_id, date);
CREATE INDEX supervision_event_kind ON supervision_event (kind, date);

-- Files live in <dataDir>/attachments/<sha256>; this row names them and ties them to their owner record.
CREATE TABLE attachment (
    id            TEXT PRIMARY KEY,
    sha256        TEXT    NOT NULL,
    original_name TEXT    NOT NULL,
    size          INTEGER NOT NULL,
    owner_entity  TEXT    NOT NULL,
    owner_id      TEXT    NOT NULL
);
CREATE INDEX attachment_owner ON attachment (owner_entity, owner_id);
CREATE INDEX attachment_sha ON attachment (sha256);

CREATE TABLE rectification (
    id                TEXT PRIMARY KEY,
    item_id           TEXT REFERENCES supervision_item (id) DEFERRABLE INITIALLY DEFERRED,
    problem           TEXT    NOT NULL,
    owner_unit_id     TEXT REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    owner             TEXT,
    deadline          TEXT,
    measures          TEXT,
    state             TEXT    NOT NULL,
    verified_on       TEXT,
    verified_by       TEXT,
    verification_note TEXT,
    recheck_on        TEXT,
    demo              INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX rectification_item ON rectification (item_id);
CREATE INDEX feedback_date ON feedback (date);
