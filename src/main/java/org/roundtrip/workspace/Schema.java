package org.roundtrip.workspace;

import java.util.List;

/**
 * The workspace's tables, as a list of migrations: {@code MIGRATIONS.get(v)} takes a file from
 * {@code PRAGMA user_version} v to v + 1. Never edit a released step: add one.
 */
final class Schema {

    /**
     * {@code PRAGMA application_id}: "RTRP" in ASCII, so that a Roundtrip workspace can be told from
     * any other SQLite file (and {@code file(1)} can be taught to name it).
     */
    static final int APPLICATION_ID = 0x52545250;

    /** Version 0 → 1: the import history. Doubles are REAL; NULL stands for NaN (undisclosed, no term). */
    private static final List<String> V1 = List.of("""
            CREATE TABLE import (
                id           INTEGER PRIMARY KEY,
                imported_at  TEXT NOT NULL,
                mapping_json TEXT
            )""", """
            CREATE TABLE import_file (
                import_id  INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                name       TEXT NOT NULL,
                sha256     TEXT NOT NULL,
                size_bytes INTEGER NOT NULL,
                PRIMARY KEY (import_id, position)
            ) WITHOUT ROWID""", """
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
            ) WITHOUT ROWID""", """
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
            ) WITHOUT ROWID""", """
            CREATE TABLE company (
                import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
                name      TEXT NOT NULL,
                ticker    TEXT,
                benchmark TEXT,
                PRIMARY KEY (import_id, name)
            ) WITHOUT ROWID""", """
            CREATE TABLE company_alias (
                import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
                company   TEXT NOT NULL,
                position  INTEGER NOT NULL,
                alias     TEXT NOT NULL,
                PRIMARY KEY (import_id, company, position)
            ) WITHOUT ROWID""", """
            CREATE TABLE price (
                import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
                ticker    TEXT NOT NULL,
                date      TEXT NOT NULL,
                close     REAL,
                PRIMARY KEY (import_id, ticker, date)
            ) WITHOUT ROWID""", """
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
            ) WITHOUT ROWID""");

    /** Version 1 → 2: what the user sets up around the data (filters, chart titles, mapping templates). */
    private static final List<String> V2 = List.of("""
            CREATE TABLE filter (
                name  TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID""", """
            CREATE TABLE chart_title (
                chart TEXT PRIMARY KEY,
                title TEXT NOT NULL
            ) WITHOUT ROWID""", """
            CREATE TABLE mapping_template (
                name         TEXT PRIMARY KEY,
                mapping_json TEXT NOT NULL,
                saved_at     TEXT NOT NULL
            ) WITHOUT ROWID""");

    static final List<List<String>> MIGRATIONS = List.of(V1, V2);

    /** The version this code writes. */
    static final int CURRENT_VERSION = MIGRATIONS.size();

    private Schema() {
    }
}
