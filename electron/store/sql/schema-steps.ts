/**
 * The database's format, as steps keyed by `PRAGMA user_version`: step n takes a database of
 * version n - 1 to version n. Each step runs inside the transaction that opens the database, so a
 * crash mid-step leaves the previous version. Constraints hold what no caller may break (dates
 * written YYYY-MM-DD, enumerations, one record per id); the zod schemas check the rest where input
 * enters (IPC, import, migration of the JSON file).
 */

/** `col` is NULL or a calendar date written YYYY-MM-DD (the calendar itself is checked on entry). */
const date = (col: string): string =>
  `CHECK (${col} IS NULL OR (length(${col}) = 10 AND ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'))`;
const bool = (col: string): string => `CHECK (${col} IS NULL OR ${col} IN (0, 1))`;

const V1 = `
CREATE TABLE meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  employee_id TEXT PRIMARY KEY CHECK (length(employee_id) BETWEEN 1 AND 64),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  unit TEXT,
  job_title TEXT,
  employment_status TEXT NOT NULL CHECK (employment_status IN ('active', 'leave', 'terminated')),
  hire_date TEXT ${date('hire_date')},
  fte REAL CHECK (fte IS NULL OR (fte >= 0 AND fte <= 1.5)),
  email TEXT,
  is_rn INTEGER ${bool('is_rn')},
  hs_diploma INTEGER ${bool('hs_diploma')},
  notes TEXT,
  aapc_membership_renews_on TEXT ${date('aapc_membership_renews_on')},
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX people_position ON people(position);
CREATE INDEX people_unit ON people(unit);

CREATE TABLE credentials (
  employee_id TEXT NOT NULL REFERENCES people(employee_id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL CHECK (length(code) >= 1),
  number TEXT,
  issuer TEXT,
  earned_on TEXT ${date('earned_on')},
  expires_on TEXT ${date('expires_on')},
  verified_on TEXT ${date('verified_on')},
  ceus_earned REAL CHECK (ceus_earned IS NULL OR ceus_earned >= 0),
  cycle_start TEXT ${date('cycle_start')},
  cycle_end TEXT ${date('cycle_end')},
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  PRIMARY KEY (employee_id, id)
) STRICT;
CREATE INDEX credentials_code ON credentials(code);
CREATE INDEX credentials_expires ON credentials(expires_on);

CREATE TABLE ceu_entries (
  employee_id TEXT NOT NULL,
  credential_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  done_on TEXT NOT NULL ${date('done_on')},
  title TEXT NOT NULL,
  hours REAL NOT NULL CHECK (hours >= 0),
  provider TEXT,
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  PRIMARY KEY (employee_id, credential_id, position),
  FOREIGN KEY (employee_id, credential_id) REFERENCES credentials(employee_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE experience (
  employee_id TEXT NOT NULL REFERENCES people(employee_id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  employer TEXT,
  start_on TEXT NOT NULL ${date('start_on')},
  end_on TEXT ${date('end_on')},
  direct_coding INTEGER NOT NULL ${bool('direct_coding')},
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  PRIMARY KEY (employee_id, id),
  CHECK (end_on IS NULL OR end_on >= start_on)
) STRICT;

CREATE TABLE education (
  employee_id TEXT NOT NULL REFERENCES people(employee_id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  program TEXT NOT NULL,
  completed_on TEXT ${date('completed_on')},
  components TEXT NOT NULL CHECK (json_valid(components) AND json_type(components) = 'array'),
  cahiim_accredited INTEGER ${bool('cahiim_accredited')},
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  PRIMARY KEY (employee_id, id)
) STRICT;

CREATE TABLE exam_applications (
  employee_id TEXT NOT NULL REFERENCES people(employee_id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  exam TEXT,
  applied_on TEXT NOT NULL ${date('applied_on')},
  approved_on TEXT ${date('approved_on')},
  window_ends_on TEXT ${date('window_ends_on')},
  extensions TEXT NOT NULL CHECK (json_valid(extensions) AND json_type(extensions) = 'array'),
  scheduled_on TEXT ${date('scheduled_on')},
  result TEXT,
  scaled_score REAL,
  result_on TEXT ${date('result_on')},
  extra TEXT CHECK (extra IS NULL OR json_valid(extra)),
  PRIMARY KEY (employee_id, id)
) STRICT;

CREATE TABLE custom_credentials (
  code TEXT PRIMARY KEY CHECK (length(code) >= 1),
  position INTEGER NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record))
) STRICT;

CREATE TABLE acknowledgements (
  item_key TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  extra TEXT CHECK (extra IS NULL OR json_valid(extra))
) STRICT;

-- One row per setting; the value is the setting's JSON. Mappings have their own table.
CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE import_mappings (
  signature TEXT PRIMARY KEY,
  mapping TEXT NOT NULL CHECK (json_valid(mapping) AND json_type(mapping) = 'object')
) STRICT;

CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  at TEXT NOT NULL,
  files TEXT NOT NULL CHECK (json_valid(files)),
  backup_file TEXT NOT NULL,
  created INTEGER NOT NULL CHECK (created >= 0),
  updated INTEGER NOT NULL CHECK (updated >= 0),
  change_id INTEGER REFERENCES changes(id),
  extra TEXT CHECK (extra IS NULL OR json_valid(extra))
) STRICT;

-- The change log: one row in changes per committed change, one row in change_log per field.
CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('window', 'cli', 'import', 'undo', 'restore', 'migration')),
  detail TEXT
) STRICT;

CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  change_id INTEGER NOT NULL REFERENCES changes(id),
  employee_id TEXT,
  record TEXT NOT NULL,
  record_id TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('added', 'changed', 'removed')),
  field TEXT,
  old_value TEXT,
  new_value TEXT
) STRICT;
CREATE INDEX change_log_person ON change_log(employee_id, change_id);
CREATE INDEX change_log_change ON change_log(change_id);

-- The record is append-only: nothing the app runs may rewrite history.
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
`;

/** Steps by the version they produce; the array index + 1 is that version. */
export const SCHEMA_STEPS: readonly string[] = [V1];

export const DATABASE_VERSION = SCHEMA_STEPS.length;
