package org.roundtrip.export;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A chart as PNG (bitmap at a scale) or SVG (vector, text kept as text). Sizes are in chart units:
 * the chart is laid out at {@code width × height} and its fonts keep their point sizes, so a
 * 960 × 540 chart fills a 16:9 slide with the fonts as designed.
 */
public final class ChartImages {

    /** A 16:9 chart on its own page or image. */
    public static final int WIDTH = 960;
    /** A 16:9 chart on its own page or image. */
    public static final int HEIGHT = 540;
    /** Scales accepted for PNG: 1× for screens, up to 4× for print. */
    public static final int MIN_SCALE = 1;
    /** Scales accepted for PNG: 1× for screens, up to 4× for print. */
    public static final int MAX_SCALE = 4;

    /** ImageIO's PNG quality: 0.75 is deflate level 2 or so, several times faster than the default. */
    private static final float PNG_QUALITY = 0.75f;

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private ChartImages() {
    }

    /**
     * The chart drawn at {@code width × height}, scaled by {@code scale}: the image is
     * {@code width·scale × height·scale} pixels.
     *
     * @throws IllegalArgumentException when the scale is outside 1–4 or a size is not positive
     */
    public static BufferedImage png(JFreeChart chart, int width, int height, int scale) {
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be 1 to 4, not " + scale);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("sizes must be positive: " + width + "×" + height);
        }
        // 3-byte pixels: the PNG encoder reads them straight, int pixels it unpacks one sample at a time
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The PNG file's bytes of {@link #png(JFreeChart, int, int, int)}. */
    public static byte[] pngBytes(JFreeChart chart, int width, int height, int scale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encodePng(png(chart, width, height, scale), bytes);
        return bytes.toByteArray();
    }

    /**
     * PNG with a fast deflate level: charts are flat colours that compress well anyway, and the
     * default level costs most of an export's time for a few percent of file size.
     */
    static void encodePng(BufferedImage image, OutputStream out) throws IOException {
        if (PngEncoder.canEncode(image)) {
            PngEncoder.write(image, PNG_QUALITY, out);  // the same bytes as below, several times faster
            return;
        }
        encodePngWithImageIo(image, out);
    }

    /** ImageIO's PNG writer at {@link #PNG_QUALITY}: what {@link PngEncoder} must match. */
    static void encodePngWithImageIo(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** The SVG document (UTF-8) of the chart at {@code width × height}, with a viewBox so it scales. */
    public static byte[] svgBytes(JFreeChart chart, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeSvg(chart, width, height, bytes);
        return bytes.toByteArray();
    }

    /** Writes the SVG document of the chart to {@code out} as UTF-8; does not close it. */
    public static void writeSvg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        VectorText.enable();
        Document document;
        try {
            // the JDK's DOM: Batik's svggen writes into any W3C DOM, so batik-dom is not needed
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Generated by Roundtrip");
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);  // text stays text: searchable, editable
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        StringWriter text = new StringWriter();
        g.stream(root, text, true, false);
        // Batik names Java's logical default font "Dialog", which no SVG viewer knows; a generic
        // family lets each viewer pick its own sans-serif instead of falling back to a serif face
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(text.toString().replace("font-family:'Dialog'", "font-family:sans-serif"));
        writer.flush();
    }

    /** Writes a PNG file atomically. */
    public static void writePng(JFreeChart chart, int width, int height, int scale, Path file) throws IOException {
        BufferedImage image = png(chart, width, height, scale);
        AtomicFiles.write(file, out -> encodePng(image, out));
    }

    /** Writes an SVG file atomically. */
    public static void writeSvg(JFreeChart chart, int width, int height, Path file) throws IOException {
        AtomicFiles.write(file, out -> writeSvg(chart, width, height, out));
    }
}
