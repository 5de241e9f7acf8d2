-- Working-day calendar data kept in the store: local entries (a province's holidays, corrections) and official
-- year schedules imported from files. Ids are deterministic (the date, the year) so that two offices entering the
-- same day write the same record instead of duplicates.

CREATE TABLE calendar_entry (
    id    TEXT PRIMARY KEY,          -- ISO date
    date  TEXT NOT NULL UNIQUE,
    kind  TEXT NOT NULL,             -- HOLIDAY | WORKDAY
    name  TEXT,
    note  TEXT
);

CREATE TABLE calendar_year (
    id       TEXT PRIMARY KEY,       -- year as text
    year     INTEGER NOT NULL UNIQUE,
    source   TEXT,                   -- file the schedule came from
    papers   TEXT,                   -- JSON list of official notices
    days     TEXT                    -- JSON list of {date, kind, name}
);
