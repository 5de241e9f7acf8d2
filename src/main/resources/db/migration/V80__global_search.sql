-- Global search (Ctrl+K): derived FTS5 indexes (trigram tokenizer, any 3+ character substring, Chinese included)
-- for cases and supervision items, the two registers that had none; the power list and the responsibility
-- catalog keep their own (V10/V11, V20). Kept current by triggers on the entity tables; only these derived
-- tables are written here. Rowids come from key tables whose INTEGER PRIMARY KEY survives VACUUM, so an update
-- or delete finds its index row by key instead of scanning the index.

CREATE TABLE case_search_key (
    key     INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'trigram');

CREATE TRIGGER case_search_ai AFTER INSERT ON case_file BEGIN
    INSERT INTO case_search_key (case_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM case_search_key WHERE case_id = NEW.id);
    INSERT INTO case_search (rowid, body) VALUES ((SELECT key FROM case_search_key WHERE case_id = NEW.id),
        NEW.number || ' ' || NEW.matter || ' ' || NEW.applicant || ' ' || COALESCE(NEW.person, '') || ' '
            || COALESCE(NEW.post, '') || ' ' || COALESCE(NEW.non_power_category, ''));
END;

CREATE TRIGGER case_search_au AFTER UPDATE OF number, matter, applicant, person, post, non_power_category
    ON case_file BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT key FROM case_search_key WHERE case_id = OLD.id);
    INSERT INTO case_search_key (case_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM case_search_key WHERE case_id = NEW.id);
    INSERT INTO case_search (rowid, body) VALUES ((SELECT key FROM case_search_key WHERE case_id = NEW.id),
        NEW.number || ' ' || NEW.matter || ' ' || NEW.applicant || ' ' || COALESCE(NEW.person, '') || ' '
            || COALESCE(NEW.post, '') || ' ' || COALESCE(NEW.non_power_category, ''));
END;

CREATE TRIGGER case_search_ad AFTER DELETE ON case_file BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT key FROM case_search_key WHERE case_id = OLD.id);
    DELETE FROM case_search_key WHERE case_id = OLD.id;
END;

INSERT INTO case_search_key (case_id) SELECT id FROM case_file;
INSERT INTO case_search (rowid, body)
SELECT k.key, c.number || ' ' || c.matter || ' ' || c.applicant || ' ' || COALESCE(c.person, '') || ' '
    || COALESCE(c.post, '') || ' ' || COALESCE(c.non_power_category, '')
FROM case_file c JOIN case_search_key k ON k.case_id = c.id;

CREATE TABLE supervision_search_key (
    key     INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE supervision_search USING fts5(body, tokenize = 'trigram');

CREATE TRIGGER supervision_search_ai AFTER INSERT ON supervision_item BEGIN
    INSERT INTO supervision_search_key (item_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM supervision_search_key WHERE item_id = NEW.id);
    INSERT INTO supervision_search (rowid, body) VALUES ((SELECT key FROM supervision_search_key WHERE item_id = NEW.id),
        '督办〔' || NEW.year || '〕' || NEW.number || '号 ' || NEW.title || ' ' || COALESCE(NEW.content, '') || ' '
            || COALESCE(NEW.source_doc_no, '') || ' ' || COALESCE(NEW.leader, '') || ' ' || COALESCE(NEW.contact, ''));
END;

CREATE TRIGGER supervision_search_au AFTER UPDATE OF year, number, title, content, source_doc_no, leader, contact
    ON supervision_item BEGIN
    DELETE FROM supervision_search WHERE rowid = (SELECT key FROM supervision_search_key WHERE item_id = OLD.id);
    INSERT INTO supervision_search_key (item_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM supervision_search_key WHERE item_id = NEW.id);
    INSERT INTO supervision_search (rowid, body) VALUES ((SELECT key FROM supervision_search_key WHERE item_id = NEW.id),
        '督办〔' || NEW.year || '〕' || NEW.number || '号 ' || NEW.title || ' ' || COALESCE(NEW.content, '') || ' '
            || COALESCE(NEW.source_doc_no, '') || ' ' || COALESCE(NEW.leader, '') || ' ' || COALESCE(NEW.contact, ''));
END;

CREATE TRIGGER supervision_search_ad AFTER DELETE ON supervision_item BEGIN
    DELETE FROM supervision_search WHERE rowid = (SELECT key FROM supervision_search_key WHERE item_id = OLD.id);
    DELETE FROM supervision_search_key WHERE item_id = OLD.id;
END;

INSERT INTO supervision_search_key (item_id) SELECT id FROM supervision_item;
INSERT INTO supervision_search (rowid, body)
SELECT k.key, '督办〔' || s.year || '〕' || s.number || '号 ' || s.title || ' ' || COALESCE(s.content, '') || ' '
    || COALESCE(s.source_doc_no, '') || ' ' || COALESCE(s.leader, '') || ' ' || COALESCE(s.contact, '')
FROM supervision_item s JOIN supervision_search_key k ON k.item_id = s.id;

-- The terms (trigrams) of each index, so that a one- or two-character query can be answered by the index too:
-- every trigram that starts with the query is looked up by range (see store.GlobalSearch).
CREATE VIRTUAL TABLE power_search_vocab USING fts5vocab(power_search, 'row');
CREATE VIRTUAL TABLE duty_search_vocab USING fts5vocab(duty_search, 'row');
CREATE VIRTUAL TABLE case_search_vocab USING fts5vocab(case_search, 'row');
CREATE VIRTUAL TABLE supervision_search_vocab USING fts5vocab(supervision_search, 'row');

-- The key rows are added with NOT EXISTS rather than INSERT OR IGNORE: inside a trigger SQLite applies the conflict
-- policy of the statement that fired it, so under the upsert the sync import uses (INSERT … ON CONFLICT DO UPDATE)
-- "OR IGNORE" became an abort and every incoming revision of an existing power item failed on power_search_key.
-- The power list's triggers (V11) are recreated with the same bodies and this one change.
DROP TRIGGER power_search_ai;
DROP TRIGGER power_search_au;

CREATE TRIGGER power_search_ai AFTER INSERT ON power_item BEGIN
    INSERT INTO power_search_key (item_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM power_search_key WHERE item_id = NEW.id);
    INSERT INTO power_search (rowid, body) VALUES (
        (SELECT key FROM power_search_key WHERE item_id = NEW.id),
        NEW.name || ' ' || NEW.code || ' ' || COALESCE(NEW.undertaking_office, '') || ' '
            || COALESCE((SELECT name || ' ' || COALESCE(short_name, '') FROM department WHERE id = NEW.department_id), '') || ' '
            || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
                || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
                FROM json_each(CASE WHEN json_valid(NEW.bases) THEN NEW.bases ELSE '[]' END)), ''));
END;

CREATE TRIGGER power_search_au AFTER UPDATE ON power_item BEGIN
    DELETE FROM power_search WHERE rowid = (SELECT key FROM power_search_key WHERE item_id = OLD.id);
    INSERT INTO power_search_key (item_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM power_search_key WHERE item_id = NEW.id);
    INSERT INTO power_search (rowid, body) VALUES (
        (SELECT key FROM power_search_key WHERE item_id = NEW.id),
        NEW.name || ' ' || NEW.code || ' ' || COALESCE(NEW.undertaking_office, '') || ' '
            || COALESCE((SELECT name || ' ' || COALESCE(short_name, '') FROM department WHERE id = NEW.department_id), '') || ' '
            || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
                || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
                FROM json_each(CASE WHEN json_valid(NEW.bases) THEN NEW.bases ELSE '[]' END)), ''));
END;

