-- 组织机构 as a tree with history: parent unit, aliases (JSON list of the names published lists use), sort order,
-- phone, head (负责人) and the 撤销 date (NULL: in use). Every new column is NULL for the units stored before, which
-- is also how a revision written before this migration reads (OrgRecords.DEPARTMENT.addedLater).
ALTER TABLE department ADD COLUMN parent_id TEXT REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE department ADD COLUMN aliases TEXT;
ALTER TABLE department ADD COLUMN sort_order INTEGER;
ALTER TABLE department ADD COLUMN phone TEXT;
ALTER TABLE department ADD COLUMN head TEXT;
ALTER TABLE department ADD COLUMN retired_on TEXT;
CREATE INDEX department_parent ON department (parent_id);
