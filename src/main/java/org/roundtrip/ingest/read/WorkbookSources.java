package org.roundtrip.ingest.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;

/** Opens a file as a {@link WorkbookSource}, deciding its format by its content, then by its name. */
public final class WorkbookSources {

    static {
        PoiLimits.apply();
    }

    private WorkbookSources() {
    }

    /**
     * @param password the password of an encrypted workbook, or null
     * @throws UnreadableFileException with a one-sentence reason when the file cannot be read at all
     */
    public static WorkbookSource open(Path path, String password) throws UnreadableFileException {
        String name = path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new UnreadableFileException("file not found");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableFileException("is a folder, not a workbook");
        }
        if (!Files.isReadable(path)) {
            throw new UnreadableFileException("cannot be read (permission denied)");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            if (Files.size(path) == 0) {
                // POI's FileMagic throws on an empty stream; an empty CSV is an empty table, read as such.
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    return new CsvSource(path);
                }
                throw new UnreadableFileException("the file is empty (0 bytes): no workbook in it");
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read (" + XlsxSource.plain(e) + ")", e);
        }
        try {
            return switch (magic) {
                case OOXML -> openXlsx(name, path);
                case OLE2 -> openOle2(name, path, password);
                default -> {
                    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        yield new CsvSource(path);
                    }
                    throw new UnreadableFileException(magic == FileMagic.UNKNOWN || magic == FileMagic.XML
                            ? "not a workbook (expected .xlsx, .xlsm, .xls or .csv)"
                            : "not a workbook (it looks like a " + magic.name() + " file)");
                }
            };
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read (" + XlsxSource.plain(e) + ")", e);
        }
    }

    private static WorkbookSource openXlsx(String name, Path path) throws UnreadableFileException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new UnreadableFileException(zipProblem(e, path, name), e);
        }
        try {
            return new XlsxSource(name, pkg);
        } catch (UnreadableFileException e) {
            pkg.revert();
            throw e;
        }
    }

    private static String zipProblem(Exception e, Path path, String name) {
        String refusal = XlsxSource.refusal(e);
        if (refusal != null) {
            return "refused: " + refusal;
        }
        // POI names the file by its full path, and the reason (e.g. "Truncated ZIP file") is its cause's.
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = XlsxSource.plain(root).replace(path.toAbsolutePath().toString(), name).replace(path.toString(), name);
        return "damaged workbook (" + m + ")";
    }

    private static WorkbookSource openOle2(String name, Path path, String password) throws UnreadableFileException, IOException {
        POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
        boolean keep = false;
        try {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                if (password == null) {
                    throw new UnreadableFileException("encrypted: give its password with --password");
                }
                EncryptionInfo info = new EncryptionInfo(fs);
                Decryptor decryptor = Decryptor.getInstance(info);
                if (!decryptor.verifyPassword(password)) {
                    throw new UnreadableFileException("encrypted, and the password given is wrong");
                }
                try (InputStream in = decryptor.getDataStream(fs)) {
                    OPCPackage pkg = OPCPackage.open(in);
                    return new XlsxSource(name, pkg);
                }
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw new UnreadableFileException("not a workbook (an Office file of another kind)");
            }
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try {
                XlsEventSource source = new XlsEventSource(fs, password);
                keep = true;
                return source;
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(password == null ? "encrypted: give its password with --password"
                    : "encrypted, and the password given is wrong", e);
        } catch (GeneralSecurityException | InvalidFormatException e) {
            throw new UnreadableFileException("encrypted, and could not be decrypted (" + XlsxSource.plain(e) + ")", e);
        } catch (RuntimeException e) {
            throw new UnreadableFileException("damaged workbook (" + XlsxSource.plain(e) + ")", e);
        } finally {
            if (!keep) {
                fs.close();
            }
        }
    }
}
