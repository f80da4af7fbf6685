package org.roundtrip.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jfree.chart.JFreeChart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Charts as a vector PDF, one chart per 16:9 page. Text stays text in an embedded font (DejaVu Sans
 * when the system has it, which covers "×", "→" and accents); without it, PDFBox's standard
 * Helvetica, and glyphs it cannot encode are drawn as outlines.
 */
public final class PdfReport {

    /** Where Debian and most Linux systems keep DejaVu; absent elsewhere, which is allowed. */
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    /** Java's logical and physical names for the plain face, as JFreeChart's fonts report them. */
    private static final List<String> PLAIN_NAMES = List.of("SansSerif.plain", "SansSerif", "Dialog.plain", "Dialog",
            "DejaVu Sans");
    private static final List<String> BOLD_NAMES = List.of("SansSerif.bold", "Dialog.bold", "DejaVu Sans Bold");

    private PdfReport() {
    }

    /**
     * Writes the charts to {@code file} atomically, each laid out at {@code width × height} points.
     *
     * @param title the document's title in its properties, may be null
     */
    public static void write(List<JFreeChart> charts, int width, int height, String title, Path file)
            throws IOException {
        VectorText.enable();
        AtomicFiles.write(file, out -> {
            try (PDDocument document = new PDDocument()) {
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("Roundtrip");
                EmbeddingFonts fonts = new EmbeddingFonts();
                embedDejaVu(document, fonts);
                for (JFreeChart chart : charts) {
                    PDPage page = new PDPage(new PDRectangle(width, height));
                    document.addPage(page);
                    PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
                    g.setFontTextDrawer(fonts);
                    try {
                        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
                    } finally {
                        g.dispose();
                    }
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.drawForm(g.getXFormObject());
                    }
                }
                document.save(out);
            }
        });
    }

    /**
     * Registered fonts first (rototor's {@code DefaultFonts} drawer would map SansSerif to a
     * non-embedded Helvetica before looking at them), then the standard 14 fonts.
     */
    private static final class EmbeddingFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final Map<Standard14Fonts.FontName, PDFont> standardFonts = new EnumMap<>(Standard14Fonts.FontName.class);

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException, FontFormatException {
            PDFont registered = super.mapFont(font, env);
            if (registered != null) {
                return registered;
            }
            Standard14Fonts.FontName standard = PdfBoxGraphics2DFontTextDrawerDefaultFonts.mapDefaultFonts(font);
            if (standard == null) {
                standard = PdfBoxGraphics2DFontTextDrawerDefaultFonts.chooseMatchingHelvetica(font);
            }
            return standardFonts.computeIfAbsent(standard, PDType1Font::new);
        }
    }

    private static void embedDejaVu(PDDocument document, EmbeddingFonts fonts)
            throws IOException {
        Path plain = DEJAVU.resolve("DejaVuSans.ttf");
        Path bold = DEJAVU.resolve("DejaVuSans-Bold.ttf");
        if (Files.isReadable(plain)) {
            PDFont font = PDType0Font.load(document, plain.toFile());  // subset embedded on save
            PLAIN_NAMES.forEach(name -> fonts.registerFont(name, font));
        }
        if (Files.isReadable(bold)) {
            PDFont font = PDType0Font.load(document, bold.toFile());
            BOLD_NAMES.forEach(name -> fonts.registerFont(name, font));
        }
    }
}
