package org.roundtrip.export;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.Summary;
import org.roundtrip.charts.FigureText;
import org.roundtrip.charts.PresentedChart;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A 16:9 PowerPoint deck: a title slide, one slide per chart (title, takeaway, the chart as SVG with a
 * 2× PNG fallback for viewers without SVG, a source footnote, key figures in the speaker notes), then
 * a table of the cycles and one of the largest commitment ratios. With a template (.pptx or .potx)
 * its masters and layouts are used and its own slides dropped.
 */
public final class SlideDeck {

    /** Slide size without a template: 16:9 in points (13.33 × 7.5 in). */
    public static final Dimension PAGE = new Dimension(960, 540);

    /** Rows on a table slide before the text gets too small to read from the back of the room. */
    static final int TABLE_ROWS = 10;

    private static final double MARGIN = 36;
    private static final Color INK = new Color(0x1F2328);
    private static final Color MUTED = new Color(0x57606A);
    private static final Color HEADER_FILL = new Color(0x0072B2);
    private static final Color RULE = new Color(0xD0D7DE);

    private SlideDeck() {
    }

    /**
     * Writes the deck to {@code file} atomically.
     *
     * @param charts   the charts in slide order; their charts lose their own title (the slide has it)
     * @param summary  the figures for the table slides
     * @param template a .pptx or .potx whose masters and layouts to use, or null for a plain white deck
     * @throws IOException when the template cannot be read or the file cannot be written
     */
    public static void write(List<PresentedChart> charts, Summary summary, DeckCover cover, Path template, Path file)
            throws IOException {
        try (Started started = new Started(cover, template, Runnable::run)) {
            write(charts, summary, started, file);
        }
    }

    /**
     * Starts a deck on a background thread: the empty deck and its title slide need only the cover and
     * the template, and making the first slide is mostly POI loading its classes (half a second or
     * so), which a caller can overlap with reading its workbooks. Finish it with
     * {@link #write(List, Summary, Started, Path)}; close it in any case.
     */
    public static Started start(DeckCover cover, Path template) {
        return new Started(cover, template, task -> {
            Thread thread = new Thread(task, "deck-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Writes a deck begun with {@link #start(DeckCover, Path)} to {@code file} atomically: its chart
     * slides, then the two table slides.
     *
     * @throws IOException when the template could not be read or the file cannot be written
     */
    public static void write(List<PresentedChart> charts, Summary summary, Started started, Path file)
            throws IOException {
        XMLSlideShow deck = started.deck();
        DeckCover cover = started.cover;
        boolean plain = started.template == null;
        Dimension page = deck.getPageSize();
        XSLFSlideLayout titleOnly = layout(deck.getSlideMasters().get(0), SlideLayout.TITLE_ONLY);
        Rectangle2D box = chartBox(page);
        NotesSlides notesSlides = new NotesSlides(deck);
        Renders pictures = new Renders(charts, box);
        try {
            for (int i = 0; i < charts.size(); i++) {
                chartSlide(deck, notesSlides, titleOnly, charts.get(i), pictures.get(i), box, cover, plain, page);
            }
        } finally {
            pictures.finish();  // on failure, no chart is still being drawn (its title taken away) once this returns
        }
        cycleTable(deck, notesSlides, titleOnly, summary, cover, plain, page);
        ratioTable(deck, notesSlides, titleOnly, summary, cover, plain, page);
        AtomicFiles.write(file, deck::write);
    }

    /** A deck with its title slide, being made or made; see {@link #start(DeckCover, Path)}. */
    public static final class Started implements AutoCloseable {
        private final DeckCover cover;
        private final Path template;
        private final FutureTask<XMLSlideShow> deck;

        private Started(DeckCover cover, Path template, Executor executor) {
            this.cover = java.util.Objects.requireNonNull(cover, "cover");
            this.template = template;
            this.deck = new FutureTask<>(() -> {
                XMLSlideShow made = template == null ? plainDeck() : fromTemplate(template);
                try {
                    titleSlide(made, layout(made.getSlideMasters().get(0), SlideLayout.TITLE), cover, template == null,
                            made.getPageSize());
                    return made;
                } catch (RuntimeException | Error e) {
                    made.close();
                    throw e;
                }
            });
            executor.execute(deck);
        }

        /** The deck once its title slide is made; the template's IOException if it could not be read. */
        XMLSlideShow deck() throws IOException {
            deck.run();  // makes it here if no thread has begun it
            return await(deck, "the deck was being started");
        }

        /** Waits for the background work, if any, and releases the deck. */
        @Override
        public void close() throws IOException {
            deck.run();
            try {
                deck.get().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // nothing was made, nothing to release; write() has reported the failure if it was called
            }
        }
    }

    private static XMLSlideShow plainDeck() {
        XMLSlideShow deck = new XMLSlideShow();
        deck.setPageSize(PAGE);
        return deck;
    }

    private static XMLSlideShow fromTemplate(Path template) throws IOException {
        OPCPackage pkg;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(template)) {
            // read into memory: the content type is changed below, and the template itself must stay as it is
            pkg = OPCPackage.open(in);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new IOException(template.getFileName() + " is not a PowerPoint template (.pptx or .potx)", e);
        }
        try {
            // a .potx differs from a .pptx only in its main part's content type: PowerPoint refuses to
            // open a .pptx that keeps the template's, so the deck is saved as a presentation
            pkg.replaceContentType(XSLFRelation.PRESENTATIONML_TEMPLATE.getContentType(),
                    XSLFRelation.MAIN.getContentType());
            XMLSlideShow deck = new XMLSlideShow(pkg);
            while (!deck.getSlides().isEmpty()) {
                deck.removeSlide(0);
            }
            return deck;
        } catch (POIXMLException e) {
            pkg.revert();
            throw new IOException(template.getFileName() + " is not a PowerPoint template (.pptx or .potx)", e);
        }
    }

    private static XSLFSlideLayout layout(XSLFSlideMaster master, SlideLayout wanted) {
        XSLFSlideLayout layout = master.getLayout(wanted);
        if (layout == null) {
            layout = master.getLayout(SlideLayout.TITLE_ONLY);
        }
        if (layout == null) {
            layout = master.getSlideLayouts()[0];
        }
        return layout;
    }

    private static void titleSlide(XMLSlideShow deck, XSLFSlideLayout layout, DeckCover cover, boolean plain,
                                   Dimension page) {
        XSLFSlide slide = deck.createSlide(layout);
        XSLFTextShape title = placeholder(slide, Placeholder.CENTERED_TITLE, Placeholder.TITLE);
        XSLFTextShape subtitle = placeholder(slide, Placeholder.SUBTITLE, Placeholder.BODY);
        String subtitleText = cover.options() + "\n" + cover.source() + "\n" + cover.date();
        if (title == null) {
            title = slide.createTextBox();
        }
        title.setText(cover.datasetName());
        if (subtitle == null) {
            subtitle = slide.createTextBox();
        }
        subtitle.setText(subtitleText);
        removeOtherPlaceholders(slide, title, subtitle);
        if (plain) {
            title.setAnchor(new Rectangle2D.Double(MARGIN * 2, page.height * 0.28, page.width - 4 * MARGIN, 90));
            subtitle.setAnchor(new Rectangle2D.Double(MARGIN * 2, page.height * 0.28 + 100, page.width - 4 * MARGIN,
                    120));
            style(title, 40, INK, true);
            style(subtitle, 18, MUTED, false);
        }
    }

    /** A chart's picture: SVG for vector-capable viewers, PNG at 2× for the others. */
    private record Pictures(byte[] png, byte[] svg) {
    }

    /** Under the title and takeaway, above the footnote, the full width between the margins. */
    private static Rectangle2D chartBox(Dimension page) {
        return new Rectangle2D.Double(MARGIN, 102, page.width - 2 * MARGIN, page.height - 102 - 38);
    }

    /**
     * Every chart's pictures, drawn by the common pool's threads and the caller together, in slide
     * order. Each chart is handed to the drawing threads as soon as the caller has it (a list that makes
     * its charts as they are asked for is drawn while the next ones are being made); the caller,
     * waiting for a chart's pictures, draws the next chart nobody has begun rather than idle, and puts
     * each chart on its slide as soon as it is drawn while the others draw the next ones. Drawing and
     * PNG encoding are most of an export's time.
     */
    private static final class Renders {
        /** Chart {@code k}'s drawing, once the caller has the chart. */
        private final List<CompletableFuture<FutureTask<Pictures>>> tasks = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();
        private final List<ForkJoinTask<?>> helpers = new ArrayList<>();

        Renders(List<PresentedChart> charts, Rectangle2D box) {
            int width = (int) Math.round(box.getWidth());
            int height = (int) Math.round(box.getHeight());
            int size = charts.size();
            for (int i = 0; i < size; i++) {
                tasks.add(new CompletableFuture<>());
            }
            int count = Math.min(ForkJoinPool.getCommonPoolParallelism(), size - 1);
            for (int i = 0; i < count; i++) {
                helpers.add(ForkJoinPool.commonPool().submit(this::drawUntilNoneLeft));
            }
            try {
                for (int i = 0; i < size; i++) {
                    PresentedChart presented = charts.get(i);
                    tasks.get(i).complete(new FutureTask<>(() -> pictures(presented.chart(), width, height)));
                }
            } catch (RuntimeException | Error e) {
                finish();
                throw e;
            }
        }

        /** Stops drawing: no chart is begun after this, and the ones being drawn are finished before it returns. */
        void finish() {
            next.set(tasks.size());
            for (CompletableFuture<FutureTask<Pictures>> task : tasks) {
                task.complete(new FutureTask<>(() -> null));  // wakes a helper waiting for a chart never made
            }
            for (ForkJoinTask<?> helper : helpers) {
                helper.quietlyJoin();
            }
        }

        private void drawUntilNoneLeft() {
            for (int k = next.getAndIncrement(); k < tasks.size(); k = next.getAndIncrement()) {
                tasks.get(k).join().run();
            }
        }

        /** Chart {@code i}'s pictures, drawing other charts while they are not ready. */
        Pictures get(int i) throws IOException {
            FutureTask<Pictures> wanted = tasks.get(i).join();
            while (!wanted.isDone()) {
                int k = next.getAndIncrement();
                if (k >= tasks.size()) {
                    break;
                }
                tasks.get(k).join().run();
            }
            return await(wanted, "the charts were being drawn");
        }
    }

    /** One chart's pictures, without its own title (the slide's title says it, bigger). */
    private static Pictures pictures(JFreeChart chart, int width, int height) throws IOException {
        TextTitle ownTitle = chart.getTitle();
        chart.setTitle((TextTitle) null);
        try {
            // one chart unit per point: the chart's 12-unit fonts are 12 pt on the slide
            return new Pictures(ChartImages.pngBytes(chart, width, height, 2), ChartImages.svgBytes(chart, width, height));
        } finally {
            chart.setTitle(ownTitle);
        }
    }

    private static void chartSlide(XMLSlideShow deck, NotesSlides notesSlides, XSLFSlideLayout layout,
                                   PresentedChart presented,
                                   Pictures pictures, Rectangle2D box, DeckCover cover, boolean plain,
                                   Dimension page) {
        XSLFSlide slide = deck.createSlide(layout);
        XSLFTextShape title = titleOf(slide, presented.title(), plain, page);
        removeOtherPlaceholders(slide, title, null);

        XSLFTextBox takeaway = slide.createTextBox();
        takeaway.setText(presented.takeaway());
        takeaway.setAnchor(new Rectangle2D.Double(MARGIN, 66, page.width - 2 * MARGIN, 30));
        // one line under the title whatever its length: a second line would run into the chart
        style(takeaway, presented.takeaway().length() > 95 ? 14 : presented.takeaway().length() > 80 ? 16 : 18,
                plain ? MUTED : null, false);

        XSLFPictureData png = deck.addPicture(pictures.png(), PictureData.PictureType.PNG);
        PictureSizes.tell(png, pictures.png());
        XSLFPictureData svg = deck.addPicture(pictures.svg(), PictureData.PictureType.SVG);
        PictureSizes.tell(svg, pictures.svg());
        XSLFPictureShape picture = slide.createPicture(png);
        picture.setSvgImage(svg);
        picture.setAnchor(box);
        footnote(slide, cover, plain, page);
        List<String> notes = new ArrayList<>();
        notes.add(presented.takeaway());
        notes.addAll(presented.keyFigures());
        speakerNotes(notesSlides, slide, String.join("\n", notes));
    }

    private static void cycleTable(XMLSlideShow deck, NotesSlides notesSlides, XSLFSlideLayout layout, Summary summary,
                                   DeckCover cover,
                                   boolean plain, Dimension page) {
        XSLFSlide slide = deck.createSlide(layout);
        XSLFTextShape title = titleOf(slide, "Cycles: money that comes back to where it started", plain, page);
        removeOtherPlaceholders(slide, title, null);
        List<Cycle> cycles = summary.cycles().cycles();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("#", "Cycle", "Companies", "Circulating"));
        for (int i = 0; i < Math.min(TABLE_ROWS, cycles.size()); i++) {
            Cycle c = cycles.get(i);
            rows.add(List.of(Integer.toString(i + 1), String.join(" → ", c.path()), Integer.toString(c.length()),
                    c.circulatingUsd() == null ? "undisclosed" : FigureText.usd(c.circulatingUsd())));
        }
        if (cycles.isEmpty()) {
            rows.add(List.of("", "No money comes back to where it started", "", ""));
        }
        table(slide, rows, new double[] {0.06, 0.58, 0.14, 0.22}, new boolean[] {true, false, true, true}, page);
        String more = cycles.size() > TABLE_ROWS || summary.cycles().truncated()
                ? "The " + TABLE_ROWS + " largest of " + cycles.size() + (summary.cycles().truncated() ? "+" : "")
                + " cycles. " : "";
        footnote(slide, cover, plain, page, more + "Circulating: the smallest deal on the circle, what can go all the way round. ");
        speakerNotes(notesSlides, slide, cycles.size() + " cycle(s) found" + (summary.cycles().truncated() ? ", more exist" : ""));
    }

    private static void ratioTable(XMLSlideShow deck, NotesSlides notesSlides, XSLFSlideLayout layout, Summary summary,
                                   DeckCover cover,
                                   boolean plain, Dimension page) {
        XSLFSlide slide = deck.createSlide(layout);
        XSLFTextShape title = titleOf(slide, "Largest commitments against revenue", plain, page);
        removeOtherPlaceholders(slide, title, null);
        List<CompanyFigures> top = summary.companies().stream().filter(c -> c.ratio() != null && c.outgoingUsd() > 0)
                .sorted(Comparator.comparing(CompanyFigures::ratio).reversed()).limit(TABLE_ROWS).toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Company", "Committed", "Per year", "Revenue per year", "Committed ÷ revenue",
                "Per year ÷ revenue"));
        for (CompanyFigures c : top) {
            rows.add(List.of(c.name(), FigureText.usd(c.outgoingUsd()), FigureText.usd(c.annualOutgoingUsd()),
                    FigureText.usd(c.annualRevenueUsd()), FigureText.times(c.ratio()),
                    FigureText.times(c.annualRatio())));
        }
        if (top.isEmpty()) {
            rows.add(List.of("No company has both commitments and a known revenue", "", "", "", "", ""));
        }
        table(slide, rows, new double[] {0.20, 0.15, 0.15, 0.18, 0.16, 0.16},
                new boolean[] {false, true, true, true, true, true}, page);
        footnote(slide, cover, plain, page, "Revenue: the newest period, scaled to twelve months. ");
        speakerNotes(notesSlides, slide, top.stream().map(c -> c.name() + ": " + FigureText.times(c.ratio()))
                .reduce((a, b) -> a + "\n" + b).orElse("No ratios"));
    }

    private static void table(XSLFSlide slide, List<List<String>> rows, double[] widths, boolean[] rightAligned,
                              Dimension page) {
        XSLFTable table = slide.createTable(rows.size(), widths.length);
        double tableWidth = page.width - 2 * MARGIN;
        double rowHeight = Math.min(32, (page.height - 100 - 50) / (double) rows.size());
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, tableWidth * widths[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            table.setRowHeight(r, rowHeight);
            for (int c = 0; c < widths.length; c++) {
                XSLFTableCell cell = table.getCell(r, c);
                cell.setText(rows.get(r).get(c));
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                cell.setBorderColor(BorderEdge.bottom, RULE);
                cell.setBorderWidth(BorderEdge.bottom, 0.75);
                if (r == 0) {
                    cell.setFillColor(HEADER_FILL);
                }
                for (XSLFTextParagraph p : cell.getTextParagraphs()) {
                    p.setTextAlign(rightAligned[c] ? TextAlign.RIGHT : TextAlign.LEFT);
                    for (XSLFTextRun run : p.getTextRuns()) {
                        run.setFontSize(rows.size() > 8 ? 14.0 : 16.0);
                        run.setBold(r == 0);
                        run.setFontColor(r == 0 ? Color.WHITE : INK);
                    }
                }
            }
        }
        table.setAnchor(new Rectangle2D.Double(MARGIN, 90, tableWidth, rowHeight * rows.size()));
    }

    private static XSLFTextShape titleOf(XSLFSlide slide, String text, boolean plain, Dimension page) {
        XSLFTextShape title = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        if (title == null) {
            title = slide.createTextBox();
        }
        title.setText(text);
        title.setAnchor(new Rectangle2D.Double(MARGIN, 16, page.width - 2 * MARGIN, 48));
        title.setVerticalAlignment(VerticalAlignment.MIDDLE);
        // one line: a wrapped title would run into the takeaway under it
        style(title, text.length() > 56 ? 22 : text.length() > 48 ? 24 : 28, plain ? INK : null, true);
        return title;
    }

    private static void footnote(XSLFSlide slide, DeckCover cover, boolean plain, Dimension page) {
        footnote(slide, cover, plain, page, "");
    }

    private static void footnote(XSLFSlide slide, DeckCover cover, boolean plain, Dimension page, String before) {
        XSLFTextBox note = slide.createTextBox();
        note.setText(before + "Source: " + cover.source() + " · " + cover.options() + " · Roundtrip, " + cover.date());
        note.setAnchor(new Rectangle2D.Double(MARGIN, page.height - 34, page.width - 2 * MARGIN, 24));
        style(note, 10, plain ? MUTED : null, false);
    }

    private static void speakerNotes(NotesSlides notesSlides, XSLFSlide slide, String text) {
        XSLFNotes notes = notesSlides.of(slide);
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape t && t.getTextType() == Placeholder.BODY) {
                t.setText(text);
                return;
            }
        }
    }

    private static XSLFTextShape placeholder(XSLFSlide slide, Placeholder... types) {
        for (Placeholder type : types) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTextShape t && t.getTextType() == type) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Layouts bring empty placeholders ("Click to add text") that would show in a slide show; drop them. */
    private static void removeOtherPlaceholders(XSLFSlide slide, XSLFTextShape keep, XSLFTextShape alsoKeep) {
        for (XSLFShape shape : new ArrayList<>(slide.getShapes())) {
            if (shape != keep && shape != alsoKeep && shape instanceof XSLFTextShape t && t.getTextType() != null) {
                slide.removeShape(shape);
            }
        }
    }

    /** Font size in points, colour (null: the template's), bold. */
    private static void style(XSLFTextShape shape, double size, Color colour, boolean bold) {
        shape.setWordWrap(true);
        for (XSLFTextParagraph p : shape.getTextParagraphs()) {
            for (XSLFTextRun run : p.getTextRuns()) {
                run.setFontSize(size);
                run.setBold(bold);
                if (colour != null) {
                    run.setFontColor(colour);
                }
            }
        }
    }

    /** The result of work done on another thread, with what it threw thrown here as it was. */
    private static <T> T await(java.util.concurrent.Future<T> work, String during) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while " + during);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
