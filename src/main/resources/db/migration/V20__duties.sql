-- 责任清单: duties per power item, department duties, 条块职责, posts and the 行政协助清单.
-- Nested lists are JSON columns (one business record = one revision). duty_search is a derived FTS5 index
-- (trigram, so Chinese substrings of 3+ characters match) kept current by triggers; it is not an entity.

CREATE TABLE duty (
    id            TEXT PRIMARY KEY,
    power_item_id TEXT    NOT NULL UNIQUE REFERENCES power_item (id) DEFERRABLE INITIALLY DEFERRED,
    stages        TEXT,
    cases         TEXT,
    remarks       TEXT,
    demo          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE department_duties (
    id                  TEXT PRIMARY KEY,
    department_id       TEXT    NOT NULL UNIQUE REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    main_duties         TEXT,
    work_items          TEXT,
    boundaries          TEXT,
    supervision_systems TEXT,
    public_services     TEXT,
    demo                INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE block_duties (
    id          TEXT PRIMARY KEY,
    unit_id     TEXT    NOT NULL UNIQUE REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    basic       TEXT,
    cooperating TEXT,
    withdrawn   TEXT,
    demo        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE post (
    id             TEXT PRIMARY KEY,
    department_id  TEXT    NOT NULL REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    name           TEXT    NOT NULL,
    duties         TEXT,
    power_item_ids TEXT,
    standards      TEXT,
    demo           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX post_department ON post (department_id);

CREATE TABLE assistance_item (
    id                       TEXT PRIMARY KEY,
    requesting_department_id TEXT    NOT NULL REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    assisting_department_id  TEXT    NOT NULL REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED,
    matter                   TEXT    NOT NULL,
    basis                    TEXT,
    limit_days               INTEGER,
    demo                     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX assistance_requesting ON assistance_item (requesting_department_id);
CREATE INDEX assistance_assisting ON assistance_item (assisting_department_id);

CREATE VIRTUAL TABLE duty_search USING fts5(kind UNINDEXED, record_id UNINDEXED, body, tokenize = 'trigram');

CREATE TRIGGER duty_search_insert AFTER INSERT ON duty BEGIN
    INSERT INTO duty_search (kind, record_id, body) VALUES ('DUTY', NEW.id, (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.stages, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.cases, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || COALESCE(NEW.remarks, ''));
END;
CREATE TRIGGER duty_search_update AFTER UPDATE ON duty BEGIN
    DELETE FROM duty_search WHERE kind = 'DUTY' AND record_id = OLD.id;
    INSERT INTO duty_search (kind, record_id, body) VALUES ('DUTY', NEW.id, (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.stages, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.cases, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || COALESCE(NEW.remarks, ''));
END;
CREATE TRIGGER duty_search_delete AFTER DELETE ON duty BEGIN
    DELETE FROM duty_search WHERE kind = 'DUTY' AND record_id = OLD.id;
END;

CREATE TRIGGER department_duties_search_insert AFTER INSERT ON department_duties BEGIN
    INSERT INTO duty_search (kind, record_id, body) VALUES ('DEPARTMENT', NEW.id, (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.main_duties, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.work_items, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.boundaries, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.supervision_systems, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.public_services, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage'));
END;
CREATE TRIGGER department_duties_search_update AFTER UPDATE ON department_duties BEGIN
    DELETE FROM duty_search WHERE kind = 'DEPARTMENT' AND record_id = OLD.id;
    INSERT INTO duty_search (kind, record_id, body) VALUES ('DEPARTMENT', NEW.id, (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.main_duties, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.work_items, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.boundaries, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.supervision_systems, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.public_services, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage'));
END;
CREATE TRIGGER department_duties_search_delete AFTER DELETE ON department_duties BEGIN
    DELETE FROM duty_search WHERE kind = 'DEPARTMENT' AND record_id = OLD.id;
END;

CREATE TRIGGER block_duties_search_insert AFTER INSERT ON block_duties BEGIN
    INSERT INTO duty_search (kind, record_id, body) VALUES ('BLOCK', NEW.id, (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.basic, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.cooperating, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.withdrawn, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage'));
END;
CREATE TRIGGER block_duties_search_update AFTER UPDATE ON block_duties BEGIN
    DELETE FROM duty_search WHERE kind = 'BLOCK' AND record_id = OLD.id;
    INSERT INTO duty_search (kind, record_id, body) VALUES ('BLOCK', NEW.id, (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.basic, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.cooperating, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage') || ' ' || (SELECT COALESCE(group_concat(value, ' '), '') FROM json_tree(COALESCE(NEW.withdrawn, '[]')) WHERE type = 'text' AND fullkey NOT LIKE '%id%' AND key IS NOT 'stage'));
END;
CREATE TRIGGER block_duties_search_delete AFTER DELETE ON block_duties BEGIN
    DELETE FROM duty_search WHERE kind = 'BLOCK' AND record_id = OLD.id;
END;

CREATE TRIGGER post_search_insert AFTER INSERT ON post BEGIN
    INSERT INTO duty_search (kind, record_id, body) VALUES ('POST', NEW.id, COALESCE(NEW.name, '') || ' ' || COALESCE(NEW.duties, '') || ' ' || COALESCE(NEW.standards, ''));
END;
CREATE TRIGGER post_search_update AFTER UPDATE ON post BEGIN
    DELETE FROM duty_search WHERE kind = 'POST' AND record_id = OLD.id;
    INSERT INTO duty_search (kind, record_id, body) VALUES ('POST', NEW.id, COALESCE(NEW.name, '') || ' ' || COALESCE(NEW.duties, '') || ' ' || COALESCE(NEW.standards, ''));
END;
CREATE TRIGGER post_search_delete AFTER DELETE ON post BEGIN
    DELETE FROM duty_search WHERE kind = 'POST' AND record_id = OLD.id;
END;

CREATE TRIGGER assistance_item_search_insert AFTER INSERT ON assistance_item BEGIN
    INSERT INTO duty_search (kind, record_id, body) VALUES ('ASSISTANCE', NEW.id, COALESCE(NEW.matter, '') || ' ' || COALESCE(NEW.basis, ''));
END;
CREATE TRIGGER assistance_item_search_update AFTER UPDATE ON assistance_item BEGIN
    DELETE FROM duty_search WHERE kind = 'ASSISTANCE' AND record_id = OLD.id;
    INSERT INTO duty_search (kind, record_id, body) VALUES ('ASSISTANCE', NEW.id, COALESCE(NEW.matter, '') || ' ' || COALESCE(NEW.basis, ''));
END;
CREATE TRIGGER assistance_item_search_delete AFTER DELETE ON assistance_item BEGIN
    DELETE FROM duty_search WHERE kind = 'ASSISTANCE' AND record_id = OLD.id;
END;
