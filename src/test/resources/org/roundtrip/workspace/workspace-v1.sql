-- A workspace as Roundtrip wrote it at schema version 1 (the import history, no settings tables),
-- with one import of one file: two deals, one revenue row, three companies, a short price series
-- and a warning. WorkspaceMigrationTest builds a file from it and opens it with today's code.
-- Never edit: a version-1 file in the wild looks like this.
PRAGMA application_id = 1381257808;
PRAGMA user_version = 1;
CREATE TABLE import (
    id           INTEGER PRIMARY KEY,
    imported_at  TEXT NOT NULL,
    mapping_json TEXT
);
CREATE TABLE import_file (
    import_id  INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    PRIMARY KEY (import_id, position)
) WITHOUT ROWID;
CREATE TABLE deal (
    import_id    INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    date         TEXT NOT NULL,
    precision    TEXT NOT NULL,
    payer        TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    amount_usd   REAL,
    amount_text  TEXT NOT NULL,
    currency     TEXT NOT NULL,
    type         TEXT NOT NULL,
    term_years   REAL,
    status       TEXT NOT NULL,
    source       TEXT NOT NULL,
    note         TEXT NOT NULL,
    origin_file  TEXT NOT NULL,
    origin_sheet TEXT,
    origin_row   INTEGER NOT NULL,
    PRIMARY KEY (import_id, position)
) WITHOUT ROWID;
CREATE TABLE revenue (
    import_id    INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    company      TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    amount_usd   REAL,
    metric       TEXT NOT NULL,
    origin_file  TEXT NOT NULL,
    origin_sheet TEXT,
    origin_row   INTEGER NOT NULL,
    PRIMARY KEY (import_id, position)
) WITHOUT ROWID;
CREATE TABLE company (
    import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    ticker    TEXT,
    benchmark TEXT,
    PRIMARY KEY (import_id, name)
) WITHOUT ROWID;
CREATE TABLE company_alias (
    import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    company   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (import_id, company, position)
) WITHOUT ROWID;
CREATE TABLE price (
    import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    ticker    TEXT NOT NULL,
    date      TEXT NOT NULL,
    close     REAL,
    PRIMARY KEY (import_id, ticker, date)
) WITHOUT ROWID;
CREATE TABLE issue (
    import_id    INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    severity     TEXT NOT NULL,
    file         TEXT NOT NULL,
    sheet        TEXT,
    cell         TEXT,
    value        TEXT,
    message      TEXT NOT NULL,
    order_file   INTEGER NOT NULL,
    order_sheet  INTEGER NOT NULL,
    order_row    INTEGER NOT NULL,
    order_column INTEGER NOT NULL,
    PRIMARY KEY (import_id, position)
) WITHOUT ROWID;
INSERT INTO import VALUES (1, '2026-10-31T09:00:00Z', NULL);
INSERT INTO import_file VALUES (1, 0, 'deals-october.xlsx', 'aa00000000000000000000000000000000000000000000000000000000000001', 1234);
INSERT INTO deal VALUES (1, 0, '2025-09-10', 'day', 'OpenAI', 'Oracle', 300000000000.0, '$300B', 'USD', 'cloud contract', 5.0, 'signed', 'seed 000', '', 'deals-october.xlsx', 'Deals', 2);
INSERT INTO deal VALUES (1, 1, '2025-09-01', 'month', 'Nvidia', 'OpenAI', NULL, 'undisclosed', 'USD', 'equity investment', NULL, 'talks', '', 'first tranche', 'deals-october.xlsx', 'Deals', 3);
INSERT INTO revenue VALUES (1, 0, 'OpenAI', '2025-01-01', '2025-06-30', 4500000000.0, 'revenue', 'deals-october.xlsx', 'Revenues', 2);
INSERT INTO company VALUES (1, 'OpenAI', NULL, NULL);
INSERT INTO company VALUES (1, 'Oracle', 'ORCL', 'SPX');
INSERT INTO company VALUES (1, 'Nvidia', 'NVDA', NULL);
INSERT INTO company_alias VALUES (1, 'Oracle', 0, 'Oracle Corp');
INSERT INTO company_alias VALUES (1, 'Oracle', 1, 'ORCL');
INSERT INTO price VALUES (1, 'ORCL', '2025-09-09', 241.51);
INSERT INTO price VALUES (1, 'ORCL', '2025-09-10', 328.33);
INSERT INTO issue VALUES (1, 0, 'warning', 'deals-october.xlsx', 'Deals', 'F3', 'finance', 'unknown deal type "finance": counted as other', 0, 1, 2, 5);
