-- 权力清单 search: also index the department's short name (e.g. 人社局 for 区人力资源社会保障局), and re-index
-- when it changes. Recreates the V10 triggers and rebuilds the derived index.

DROP TRIGGER power_search_ai;
DROP TRIGGER power_search_au;
DROP TRIGGER power_search_department;

CREATE TRIGGER power_search_ai AFTER INSERT ON power_item BEGIN
    INSERT OR IGNORE INTO power_search_key (item_id) VALUES (NEW.id);
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
    INSERT OR IGNORE INTO power_search_key (item_id) VALUES (NEW.id);
    INSERT INTO power_search (rowid, body) VALUES (
        (SELECT key FROM power_search_key WHERE item_id = NEW.id),
        NEW.name || ' ' || NEW.code || ' ' || COALESCE(NEW.undertaking_office, '') || ' '
            || COALESCE((SELECT name || ' ' || COALESCE(short_name, '') FROM department WHERE id = NEW.department_id), '') || ' '
            || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
                || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
                FROM json_each(CASE WHEN json_valid(NEW.bases) THEN NEW.bases ELSE '[]' END)), ''));
END;

CREATE TRIGGER power_search_department AFTER UPDATE OF name, short_name ON department BEGIN
    DELETE FROM power_search WHERE rowid IN (SELECT k.key FROM power_search_key k
        JOIN power_item p ON p.id = k.item_id WHERE p.department_id = NEW.id);
    INSERT INTO power_search (rowid, body)
    SELECT k.key, p.name || ' ' || p.code || ' ' || COALESCE(p.undertaking_office, '') || ' ' || NEW.name || ' ' || COALESCE(NEW.short_name, '') || ' '
        || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
            || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
            FROM json_each(CASE WHEN json_valid(p.bases) THEN p.bases ELSE '[]' END)), '')
    FROM power_item p JOIN power_search_key k ON k.item_id = p.id WHERE p.department_id = NEW.id;
END;

DELETE FROM power_search;
INSERT OR IGNORE INTO power_search_key (item_id) SELECT id FROM power_item;
INSERT INTO power_search (rowid, body)
SELECT k.key, p.name || ' ' || p.code || ' ' || COALESCE(p.undertaking_office, '') || ' '
    || COALESCE((SELECT name || ' ' || COALESCE(short_name, '') FROM department WHERE id = p.department_id), '') || ' '
    || COALESCE((SELECT group_concat(COALESCE(json_extract(value, '$.law'), '') || ' '
        || COALESCE(json_extract(value, '$.article'), '') || ' ' || COALESCE(json_extract(value, '$.text'), ''), ' ')
        FROM json_each(CASE WHEN json_valid(p.bases) THEN p.bases ELSE '[]' END)), '')
FROM power_item p JOIN power_search_key k ON k.item_id = p.id;
