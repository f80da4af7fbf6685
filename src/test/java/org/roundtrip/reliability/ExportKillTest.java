package org.roundtrip.reliability;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.export.TableWorkbook;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.reliability.ExportLoop.Target;
import org.roundtrip.reliability.ExportLoop.Variant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM ({@link ExportLoop}) with SIGKILL ({@link Process#destroyForcibly()}) at random
 * moments while it exports the bundled sample over and over to the same deck, tables workbook and
 * PDF report, 20 to 30 times, and shows after every kill that each file is the latest complete
 * export: byte for byte the one the child reported last, or, for the one write the kill may have
 * caught between its move and its report, a complete export of what that write was making. A file
 * once written is never missing or replaced by a partial one, and killed writes leave at most one
 * temporary file per target, which the next write to it removes.
 */
class ExportKillTest {

    private static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");

    /** The kill loop's share of the minute the whole test should take. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(40);

    @TempDir
    Path dir;

    /** What each variant's files must hold, from an export made here. */
    private record Expected(List<String> chartTitles, int cycles) {
    }

    @Test
    @Timeout(90)
    void killedExportsLeaveEveryFileWholeAndLatest() throws Exception {
        long start = System.nanoTime();
        Dataset dataset = Importer.importFiles(List.of(SAMPLE), ImportOptions.defaults()).dataset();
        Map<Variant, Expected> expected = new EnumMap<>(Variant.class);
        for (Variant v : Variant.values()) {
            ChartCatalog catalog = v.catalog(dataset);
            expected.put(v, new Expected(v.charts.stream().map(n -> catalog.create(n, ChartTheme.LIGHT).title()).toList(),
                    catalog.summary().cycles().cycles().size()));
        }
        assertThat(expected.get(Variant.A)).as("the variants differ").isNotEqualTo(expected.get(Variant.B));

        Path out = Files.createDirectories(dir.resolve("out"));
        Path childErr = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random();
        int target = 20 + random.nextInt(11);
        Map<Target, String> onDisk = new EnumMap<>(Target.class); // the hash each file must still have
        Map<Target, Long> coldWriteNanos = new EnumMap<>(Target.class);
        Map<Target, Integer> killedInside = new EnumMap<>(Target.class);
        Set<String> checked = new HashSet<>();
        int kills = 0;
        int writes = 0;
        int unreported = 0;
        Map<Target, Set<Path>> leftBehind = new EnumMap<>(Target.class);
        Set<Path> everLeft = new HashSet<>();
        int removedByNextWrite = 0;
        long overheadNanos = 0;
        long loopStart = System.nanoTime();
        // Past the budget only to reach 20 kills, with the window shrunk to nothing: a loaded machine
        // makes the test slower, not weaker.
        while (kills < target && (kills < 20 || System.nanoTime() - loopStart < BUDGET_NANOS)) {
            // Each child starts with the file this kill aims at, so every kind of write gets killed.
            Target aim = Target.values()[kills % Target.values().length];
            long spawned = System.nanoTime();
            long began = spawned;
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    ExportLoop.class.getName(), SAMPLE.toString(), out.toString(), aim.name())
                    .redirectError(ProcessBuilder.Redirect.appendTo(childErr.toFile()))
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> readLines(child, lines));
            reader.start();
            List<String> seen = new ArrayList<>();
            try {
                seen.add(lines.poll(30, TimeUnit.SECONDS));
                assertThat(seen.get(0)).as("child started").isEqualTo("ready");
                if (kills == 0) {
                    // The first child writes one whole round untouched: it times each write, cold.
                    timeOneRound(lines, seen, coldWriteNanos);
                }
                String begin = lines.poll(30, TimeUnit.SECONDS);
                seen.add(begin);
                assertThat(begin).startsWith("begin " + aim + " ");
                began = System.nanoTime();
                // A random moment from the start of the aimed export to twice its cold duration: while
                // it renders, while the temporary file is written, around the move, in the next write.
                // Shortened when the budget runs low, so that at least 20 kills fit in it.
                long left = BUDGET_NANOS - (System.nanoTime() - loopStart);
                long allowance = left / Math.max(1, Math.min(target, 22) - kills) - overheadNanos;
                long window = Math.max(1, Math.min(2 * coldWriteNanos.get(aim), allowance));
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis((long) (random.nextDouble() * window)));
            } finally {
                child.destroyForcibly();
            }
            long killed = System.nanoTime();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join();
            kills++;
            lines.drainTo(seen);

            Map<Target, Variant> inFlight = new EnumMap<>(Target.class);
            Map<Target, Variant> lastWritten = new EnumMap<>(Target.class);
            for (String line : seen) {
                String[] w = line.split(" ");
                Target t = w.length > 2 ? Target.valueOf(w[1]) : null;
                if (w[0].equals("begin")) {
                    inFlight.put(t, Variant.valueOf(w[2]));
                } else if (w[0].equals("wrote")) {
                    inFlight.remove(t);
                    lastWritten.put(t, Variant.valueOf(w[2]));
                    onDisk.put(t, w[3]);
                    writes++;
                }
            }
            inFlight.keySet().forEach(t -> killedInside.merge(t, 1, Integer::sum));
            for (Target t : Target.values()) {
                Path file = out.resolve(t.fileName);
                String before = onDisk.get(t);
                if (before == null && !Files.exists(file)) {
                    continue; // never written yet
                }
                assertThat(file).as("%s after kill %d", t, kills).exists();
                String now = ExportLoop.sha256(file);
                if (now.equals(before)) {
                    if (lastWritten.containsKey(t) && checked.add(now)) {
                        // the hash is the child's; opening the file shows that what it hashed was whole
                        assertWhole(file, t, expected.get(lastWritten.get(t)));
                    }
                } else {
                    // Killed after the move but before the report: it must be the write in flight, whole.
                    assertThat(inFlight).as("%s changed after kill %d without a write in flight", t, kills)
                            .containsKey(t);
                    assertWhole(file, t, expected.get(inFlight.get(t)));
                    checked.add(now);
                    onDisk.put(t, now);
                    unreported++;
                }
                Set<Path> earlier = leftBehind.computeIfAbsent(t, k -> new HashSet<>());
                if (lastWritten.containsKey(t)) {
                    // A write finished since: it must have removed what earlier kills left.
                    for (Path p : earlier) {
                        assertThat(p).as("left by an earlier kill, after a new write of %s", t).doesNotExist();
                    }
                    removedByNextWrite += earlier.size();
                    earlier.clear();
                }
                List<Path> temporaries = temporariesOf(out, t);
                assertThat(temporaries).as("temporary files of %s after kill %d", t, kills).hasSizeLessThanOrEqualTo(1);
                earlier.addAll(temporaries);
                everLeft.addAll(temporaries);
            }
            // What a cycle costs besides the wait: starting a JVM up to the aimed write, and the checks.
            if (kills > 1) { // the first cycle's start includes its untouched round
                overheadNanos = Math.max(overheadNanos, (began - spawned) + (System.nanoTime() - killed));
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf("export kill test: %d kills (target %d) in %d s, %d complete writes reported, killed inside"
                + " an export (rendering or writing) %s, %d moved but unreported, %d kills left a temporary file"
                + " (the write was under way), %d of them removed by a later write, cold writes %s ms%n",
                kills, target, seconds, writes, killedInside, unreported, everLeft.size(), removedByNextWrite,
                coldWriteNanos.entrySet().stream().map(e -> e.getKey() + " " + TimeUnit.NANOSECONDS.toMillis(e.getValue()))
                        .toList());
        assertThat(Files.exists(childErr) ? Files.readString(childErr) : "").isEmpty();
        assertThat(kills).isBetween(20, 30);
        assertThat(onDisk).as("every target written at least once").hasSize(Target.values().length);
    }

    /** Reads one round of writes, recording each write's time from its "begin" to its "wrote". */
    private static void timeOneRound(BlockingQueue<String> lines, List<String> seen, Map<Target, Long> nanos)
            throws InterruptedException {
        while (nanos.size() < Target.values().length) {
            String begin = lines.poll(30, TimeUnit.SECONDS);
            long began = System.nanoTime();
            String wrote = lines.poll(30, TimeUnit.SECONDS);
            seen.add(begin);
            seen.add(wrote);
            assertThat(wrote).startsWith("wrote ");
            nanos.put(Target.valueOf(wrote.split(" ")[1]), System.nanoTime() - began);
        }
    }

    /** Fails unless {@code file} opens cleanly and holds the whole of an export of {@code e}. */
    private static void assertWhole(Path file, Target t, Expected e) throws IOException, InvalidFormatException {
        switch (t) {
            case DECK -> {
                try (XMLSlideShow deck = new XMLSlideShow(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
                    List<XSLFSlide> slides = deck.getSlides();
                    assertThat(slides).as(file.toString()).hasSize(1 + e.chartTitles().size() + 2);
                    for (int i = 0; i < e.chartTitles().size(); i++) {
                        assertThat(slides.get(1 + i).getTitle()).isEqualTo(e.chartTitles().get(i));
                    }
                    assertThat(slides.get(slides.size() - 2).getTitle()).startsWith("Cycles");
                    assertThat(slides.get(slides.size() - 1).getTitle()).startsWith("Largest commitments");
                }
            }
            case TABLES -> {
                try (XSSFWorkbook book = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
                    List<String> names = new ArrayList<>();
                    book.forEach(sheet -> names.add(sheet.getSheetName()));
                    assertThat(names).as(file.toString()).isEqualTo(TableWorkbook.SHEETS);
                    XSSFSheet cycles = book.getSheet("Cycles");
                    assertThat(cycles.getPhysicalNumberOfRows()).isEqualTo(1 + e.cycles());
                }
            }
            case REPORT -> {
                // PDFBox forgives a missing tail; a complete file ends with its end-of-file marker.
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).stripTrailing())
                        .as(file.toString()).endsWith("%%EOF");
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    assertThat(pdf.getNumberOfPages()).isEqualTo(e.chartTitles().size());
                    assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(ExportLoop.COVER.datasetName());
                }
            }
        }
    }

    /** The temporary files beside {@code out}'s target {@code t}, named as {@code AtomicFiles} names them. */
    private static List<Path> temporariesOf(Path out, Target t) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("." + t.fileName + ".") && n.endsWith(".part");
            }).toList();
        }
    }

    private static void readLines(Process child, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The child was killed mid-line; what it printed before is in the queue.
        }
    }
}
