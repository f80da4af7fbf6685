package org.roundtrip.export;

import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

import java.awt.Dimension;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Tells POI the size and checksum of a picture we made, which POI otherwise finds out by decoding the
 * whole image: {@code XSLFPictureData} measures a bitmap with {@code ImageIO.read}, so every
 * 1,776 × 800 PNG of a deck was decoded once more after being encoded (on the next
 * {@code addPicture}, which compares checksums, or in {@code createPicture}), and every SVG was
 * offered to each ImageIO reader through a temporary file. The values set are the ones POI computes
 * itself ({@code PictureSizesTest} checks it against POI); with a POI whose fields differ, nothing is
 * set and POI measures as before. Only the picture's dimensions in the part and the checksum POI uses
 * to share equal pictures are concerned: nothing written to the deck changes.
 */
final class PictureSizes {

    /** What POI's ImageHeaderBitmap says of an image no ImageIO reader can read, such as SVG. */
    private static final Dimension UNREADABLE = new Dimension(200, 200);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final Field CHECKSUM = field("checksum");
    private static final Field ORIG_SIZE = field("origSize");

    private PictureSizes() {
    }

    /** Whether POI's fields were found, so {@link #tell} has an effect. */
    static boolean available() {
        return CHECKSUM != null && ORIG_SIZE != null;
    }

    /**
     * Sets {@code picture}'s checksum and size from {@code bytes}, its content, when it is a PNG or an
     * SVG; does nothing otherwise, or when POI's fields are not there.
     */
    static void tell(XSLFPictureData picture, byte[] bytes) {
        if (!available()) {
            return;
        }
        PictureType type = picture.getType();
        Dimension size = type == PictureType.PNG ? pngPoints(bytes) : type == PictureType.SVG ? UNREADABLE : null;
        if (size == null) {
            return;
        }
        try {
            CHECKSUM.set(picture, IOUtils.calculateChecksum(bytes));
            ORIG_SIZE.set(picture, size);
        } catch (IllegalAccessException | RuntimeException e) {
            // POI will measure it itself
        }
    }

    /** The PNG's size in points as POI gives it (whole points, 96 pixels to the inch), or null if not a PNG. */
    static Dimension pngPoints(byte[] bytes) {
        if (bytes.length < 24) {
            return null;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) {
                return null;
            }
        }
        if (!"IHDR".equals(new String(bytes, 12, 4, StandardCharsets.US_ASCII))) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);  // big-endian, as PNG
        int width = header.getInt();
        int height = header.getInt();
        if (width <= 0 || height <= 0) {
            return null;
        }
        return new Dimension((int) Units.pixelToPoints(width), (int) Units.pixelToPoints(height));
    }

    private static Field field(String name) {
        try {
            Field f = XSLFPictureData.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
