-- 权力清单: full-text search and adjustments.
-- power_search is a derived index (FTS5, trigram tokenizer: any 3+ character substring, Chinese included),
-- kept current by triggers on power_item and department. Its rowid comes from power_search_key, whose
-- INTEGER PRIMARY KEY survives VACUUM (the implicit rowid of power_item would not).

CREATE TABLE power_search_key (
    key     INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE power_search USING fts5(body, tokenize = 'trigram');

CREATE TRIGGER power_search_ai AFTER INSERT ON power_item BEGIN
    INSERT OR IGNORE INTO power_search_key (item_id) VALUES (NEW.id);
    INSERT INTO power_search (rowid, body) VALUES (
        (SELECT key FROM power_search_key WHERE item_id = NEW.id),
        NEW.name || ' ' || NEW.code || ' ' || COALESCE(NEW.undertaking_office, '') || ' '
            || COALESCE((SELECT name FROM department WHERE id = NEW.department_id), '') || ' '
            || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
                || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
                FROM json_each(CASE WHEN json_valid(NEW.bases) THEN NEW.bases ELSE '[]' END)), ''));
END;

CREATE TRIGGER power_search_au AFTER UPDATE ON power_item BEGIN
    DELETE FROM power_search WHERE rowid = (SELECT key FROM power_search_key WHERE item_id = OLD.id);
    INSERT OR IGNORE INTO power_search_key (item_id) VALUES (NEW.id);
    INSERT INTO power_search (rowid, body) VALUES (
        (SELECT key FROM power_search_key WHERE item_id = NEW.id),
        NEW.name || ' ' || NEW.code || ' ' || COALESCE(NEW.undertaking_office, '') || ' '
            || COALESCE((SELECT name FROM department WHERE id = NEW.department_id), '') || ' '
            || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
                || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
                FROM json_each(CASE WHEN json_valid(NEW.bases) THEN NEW.bases ELSE '[]' END)), ''));
END;

CREATE TRIGGER power_search_ad AFTER DELETE ON power_item BEGIN
    DELETE FROM power_search WHERE rowid = (SELECT key FROM power_search_key WHERE item_id = OLD.id);
    DELETE FROM power_search_key WHERE item_id = OLD.id;
END;

-- A renamed department re-indexes its items (only the derived index is written).
CREATE TRIGGER power_search_department AFTER UPDATE OF name ON department BEGIN
    DELETE FROM power_search WHERE rowid IN (SELECT k.key FROM power_search_key k
        JOIN power_item p ON p.id = k.item_id WHERE p.department_id = NEW.id);
    INSERT INTO power_search (rowid, body)
    SELECT k.key, p.name || ' ' || p.code || ' ' || COALESCE(p.undertaking_office, '') || ' ' || NEW.name || ' '
        || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
            || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
            FROM json_each(CASE WHEN json_valid(p.bases) THEN p.bases ELSE '[]' END)), '')
    FROM power_item p JOIN power_search_key k ON k.item_id = p.id WHERE p.department_id = NEW.id;
END;

INSERT INTO power_search_key (item_id) SELECT id FROM power_item;
INSERT INTO power_search (rowid, body)
SELECT k.key, p.name || ' ' || p.code || ' ' || COALESCE(p.undertaking_office, '') || ' '
    || COALESCE((SELECT name FROM department WHERE id = p.department_id), '') || ' '
    || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
        || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
        FROM json_each(CASE WHEN json_valid(p.bases) THEN p.bases ELSE '[]' END)), '')
FROM power_item p JOIN power_search_key k ON k.item_id = p.id;

CREATE INDEX power_item_type ON power_item (type);
CREATE INDEX power_item_name ON power_item (name, type, department_id);

-- 调整: 新增, 变更, 取消, 下放, 合并 with 文号, reason and effective date. One row per adjustment.
CREATE TABLE power_adjustment (
    id             TEXT PRIMARY KEY,
    power_id       TEXT NOT NULL REFERENCES power_item (id) DEFERRABLE INITIALLY DEFERRED,
    kind           TEXT NOT NULL,
    doc_no         TEXT,
    reason         TEXT,
    effective_date TEXT NOT NULL,
    target_id      TEXT REFERENCES power_item (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at    TEXT NOT NULL,
    demo           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX power_adjustment_power ON power_adjustment (power_id, effective_date);
