package org.roundtrip.workspace;

import org.roundtrip.model.Dataset;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An open {@code .roundtrip} workspace: an SQLite database holding every import with its rows, and
 * the user's filters, chart titles and mapping templates (docs/decisions/0004-workspace-file.md).
 *
 * <p>Every method that changes the file does so in one transaction, committed with
 * {@code synchronous=FULL} under a rollback journal: after a crash or power cut the file holds every
 * save that returned, and nothing of one that did not. Opening a file written by an earlier version
 * migrates it, in one transaction, to {@link #SCHEMA_VERSION}.
 *
 * <p>Not thread-safe, and every call blocks on disk I/O: use one instance from one thread at a time
 * (in the window, from a {@code SwingWorker}). Close it when done.
 */
public final class Workspace implements AutoCloseable {

    /** The file name extension of a workspace, with its dot. */
    public static final String EXTENSION = ".roundtrip";

    /** The schema version this code writes ({@code PRAGMA user_version}); older files are migrated on open. */
    public static final int SCHEMA_VERSION = Schema.CURRENT_VERSION;

    /** SQLite's primary result codes for "not a database" and "database disk image is malformed". */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    /** How long a save waits for another process that holds the file, in milliseconds. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;
    private final Connection connection;

    private Workspace(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the workspace at {@code file}, creating an empty one when there is no file there.
     *
     * @throws WorkspaceException when the file is not a Roundtrip workspace, was written by a newer
     *                            version, or cannot be read or created
     */
    public static Workspace open(Path file) throws WorkspaceException {
        return open(file, true);
    }

    /**
     * Opens an existing workspace; unlike {@link #open(Path)} never creates one (for commands that only read).
     *
     * @throws WorkspaceException as {@link #open(Path)}, and when there is no file at {@code file}
     */
    public static Workspace openExisting(Path file) throws WorkspaceException {
        return open(file, false);
    }

    private static Workspace open(Path file, boolean create) throws WorkspaceException {
        Objects.requireNonNull(file, "file");
        String name = name(file);
        if (Files.isDirectory(file)) {
            throw new WorkspaceException(name + " is a folder, not a Roundtrip workspace");
        }
        if (!create && !Files.exists(file)) {
            throw new WorkspaceException(name + ": no such workspace");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        if (create) {
            config.setOpenMode(SQLiteOpenMode.CREATE);
        }
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // IMMEDIATE takes the write lock at BEGIN, so two processes saving at once wait for each other
        // instead of failing half-way with SQLITE_BUSY.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        Connection c;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new WorkspaceException(name + " could not be opened: " + firstLine(e), e);
        }
        try {
            Workspace ws = new Workspace(file, c);
            ws.checkAndMigrate();
            return ws;
        } catch (SQLException e) {
            closeQuietly(c);
            int code = e.getErrorCode() & 0xff;
            if (code == SQLITE_NOTADB) {
                throw new WorkspaceException(name + " is not a Roundtrip workspace (not an SQLite database)", e);
            }
            if (code == SQLITE_CORRUPT) {
                throw new WorkspaceException(name + " is damaged and cannot be read", e);
            }
            throw new WorkspaceException(name + " could not be opened: " + firstLine(e), e);
        } catch (WorkspaceException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Refuses foreign files before anything is written to them, then brings the schema up to date.
     * An empty database (a new file, or a 0-byte one) becomes a workspace.
     */
    private void checkAndMigrate() throws SQLException, WorkspaceException {
        int applicationId = pragmaInt("application_id");
        boolean empty = applicationId == 0 && pragmaInt("user_version") == 0 && schemaObjects() == 0;
        if (!empty && applicationId != Schema.APPLICATION_ID) {
            throw new WorkspaceException(name(file) + " is not a Roundtrip workspace (an SQLite database of another"
                    + " application)");
        }
        try (Statement s = connection.createStatement()) {
            // One file when closed: a rollback journal lives only during a save, unlike WAL's two side files,
            // and works on network shares. FULL syncs the journal and the file at every commit.
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA synchronous=FULL");
        }
        int version = pragmaInt("user_version");
        if (version > SCHEMA_VERSION) {
            throw newerVersion(version);
        }
        if (version == SCHEMA_VERSION) {
            return;
        }
        connection.setAutoCommit(false);
        try {
            // Another process may have migrated the file between our read and our write lock.
            version = pragmaInt("user_version");
            if (version > SCHEMA_VERSION) {
                throw newerVersion(version);
            }
            try (Statement s = connection.createStatement()) {
                for (int v = version; v < SCHEMA_VERSION; v++) {
                    for (String sql : Schema.MIGRATIONS.get(v)) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA application_id=" + Schema.APPLICATION_ID);
                s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            }
            connection.commit();
        } catch (SQLException | WorkspaceException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private WorkspaceException newerVersion(int version) {
        return new WorkspaceException(name(file) + " was saved by a newer Roundtrip (workspace version " + version
                + "; this one reads up to " + SCHEMA_VERSION + ")");
    }

    /** The workspace's file. */
    public Path file() {
        return file;
    }

    /** The schema version of the open file; {@link #SCHEMA_VERSION} once open. */
    public int schemaVersion() throws WorkspaceException {
        try {
            return pragmaInt("user_version");
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    // ---- imports ----

    /**
     * Saves one import in one transaction: the files' names, sizes and SHA-256 (read now, from
     * {@code files}), the time, the mapping and every row of {@code dataset}, warnings and rejected
     * cells included, enough to rebuild an equal dataset without the files.
     *
     * @param files       the files the dataset was imported from, in reading order; read again to hash them
     * @param dataset     what they gave, never null
     * @param mappingJson the column mapping used, as JSON, or null when the importer chose on its own
     * @return the saved import
     * @throws WorkspaceException when a file cannot be read or the workspace cannot be written; then nothing is saved
     */
    public ImportRecord addImport(List<Path> files, Dataset dataset, String mappingJson) throws WorkspaceException {
        Objects.requireNonNull(dataset, "dataset");
        List<ImportedFile> hashed = fingerprint(files);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return inTransaction("save the import to", () -> {
            long id;
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO import (imported_at, mapping_json) VALUES (?, ?)")) {
                ps.setString(1, now.toString());
                ps.setString(2, mappingJson);
                ps.executeUpdate();
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO import_file VALUES (?,?,?,?,?)")) {
                for (int i = 0; i < hashed.size(); i++) {
                    ps.setLong(1, id);
                    ps.setInt(2, i);
                    ps.setString(3, hashed.get(i).name());
                    ps.setString(4, hashed.get(i).sha256());
                    ps.setLong(5, hashed.get(i).sizeBytes());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            DatasetRows.write(connection, id, dataset);
            return new ImportRecord(id, now, hashed, mappingJson);
        });
    }

    /** Every import, oldest first; empty for a new workspace. */
    public List<ImportRecord> imports() throws WorkspaceException {
        return inTransaction("read", () -> {
            Map<Long, List<ImportedFile>> files = new LinkedHashMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT import_id, name, sha256, size_bytes FROM import_file"
                         + " ORDER BY import_id, position")) {
                while (rs.next()) {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ImportedFile(rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
            List<ImportRecord> result = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, imported_at, mapping_json FROM import ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    result.add(new ImportRecord(id, Instant.parse(rs.getString(2)), files.getOrDefault(id, List.of()),
                            rs.getString(3)));
                }
            }
            return result;
        });
    }

    /** The newest import's rows, or empty when the workspace holds no import. */
    public Optional<Dataset> latestImport() throws WorkspaceException {
        return nthNewest(0);
    }

    /** The rows of the import before the newest, or empty when there are fewer than two. */
    public Optional<Dataset> previousImport() throws WorkspaceException {
        return nthNewest(1);
    }

    /**
     * The rows of import {@code id}, equal to the dataset that was saved.
     *
     * @throws WorkspaceException when there is no such import or it cannot be read
     */
    public Dataset dataset(long id) throws WorkspaceException {
        return inTransaction("read", () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM import WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkspaceException(name(file) + " has no import " + id);
                    }
                }
            }
            return DatasetRows.read(connection, id);
        });
    }

    private Optional<Dataset> nthNewest(int n) throws WorkspaceException {
        return inTransaction("read", () -> {
            Long id = null;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id FROM import ORDER BY id DESC LIMIT 1 OFFSET ?")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong(1);
                    }
                }
            }
            return id == null ? Optional.<Dataset>empty() : Optional.of(DatasetRows.read(connection, id));
        });
    }

    /**
     * Whether {@code files} hold exactly the bytes of the newest import's files: as many, in the same
     * order, each with the same SHA-256 (names may differ). False when there is no import yet.
     */
    public boolean matchesLatest(List<Path> files) throws WorkspaceException {
        List<ImportRecord> all = imports();
        if (all.isEmpty()) {
            return false;
        }
        List<String> now = fingerprint(files).stream().map(ImportedFile::sha256).toList();
        return now.equals(all.get(all.size() - 1).sha256s());
    }

    /**
     * The name, size and SHA-256 of each file.
     *
     * @throws WorkspaceException naming the first file that cannot be read
     */
    public static List<ImportedFile> fingerprint(List<Path> files) throws WorkspaceException {
        List<ImportedFile> result = new ArrayList<>(files.size());
        for (Path f : files) {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                    size += n;
                }
            } catch (NoSuchFileException e) {
                throw new WorkspaceException(name(f) + ": no such file", e);
            } catch (IOException e) {
                throw new WorkspaceException(name(f) + " could not be read: " + firstLine(e), e);
            }
            result.add(new ImportedFile(name(f), HexFormat.of().formatHex(sha.digest()), size));
        }
        return result;
    }

    // ---- what the user sets up: filters, chart titles, mapping templates ----

    /** Saves a filter's value (the window's own text or JSON), replacing any with that name. */
    public void putFilter(String name, String value) throws WorkspaceException {
        upsert("INSERT OR REPLACE INTO filter (name, value) VALUES (?, ?)", name, value);
    }

    /** Every saved filter by name, in name order. */
    public Map<String, String> filters() throws WorkspaceException {
        return pairs("SELECT name, value FROM filter ORDER BY name");
    }

    /** Saves the title the user gave a chart (by its command-line name, e.g. {@code ratios}). */
    public void putChartTitle(String chart, String title) throws WorkspaceException {
        upsert("INSERT OR REPLACE INTO chart_title (chart, title) VALUES (?, ?)", chart, title);
    }

    /** Every chart title the user set, by chart name, in name order. */
    public Map<String, String> chartTitles() throws WorkspaceException {
        return pairs("SELECT chart, title FROM chart_title ORDER BY chart");
    }

    /** Saves a column mapping under a name, for next month's import of the same workbook. */
    public void putMappingTemplate(String name, String mappingJson) throws WorkspaceException {
        Objects.requireNonNull(mappingJson, "mappingJson");
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        inTransaction("save the mapping template to", () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR REPLACE INTO mapping_template (name, mapping_json, saved_at) VALUES (?, ?, ?)")) {
                ps.setString(1, Objects.requireNonNull(name, "name"));
                ps.setString(2, mappingJson);
                ps.setString(3, now);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every saved mapping template's JSON by name, in name order. */
    public Map<String, String> mappingTemplates() throws WorkspaceException {
        return pairs("SELECT name, mapping_json FROM mapping_template ORDER BY name");
    }

    private void upsert(String sql, String key, String value) throws WorkspaceException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        inTransaction("save to", () -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Map<String, String> pairs(String sql) throws WorkspaceException {
        return inTransaction("read", () -> {
            Map<String, String> result = new LinkedHashMap<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
            return result;
        });
    }

    // ---- plumbing ----

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, WorkspaceException;
    }

    /** Runs {@code work} in one transaction; reads too, so that they see one save or the next, never half. */
    private <T> T inTransaction(String verb, Work<T> work) throws WorkspaceException {
        try {
            connection.setAutoCommit(false);
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure(verb, e);
        } catch (WorkspaceException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is broken; the next call reports it.
            }
        }
    }

    private WorkspaceException failure(String verb, SQLException e) {
        return new WorkspaceException("could not " + verb + " " + name(file) + ": " + firstLine(e), e);
    }

    private int pragmaInt(String pragma) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private int schemaObjects() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Nothing more to undo: SQLite rolls back an unfinished transaction when the file is next opened.
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing after a failed open; the failure is already being reported.
        }
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Closes the file; a save in progress elsewhere is not affected. */
    @Override
    public void close() throws WorkspaceException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
