package org.roundtrip.ui;

import javax.swing.JComponent;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Paints a component off screen, for tests that compare what two components draw pixel by pixel. */
final class Pixels {

    private Pixels() {
    }

    /** {@code c} laid out at {@code width} × {@code height} and painted into a new opaque image. */
    static BufferedImage of(JComponent c, int width, int height) {
        c.setSize(width, height);
        layOut(c);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            c.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** How many pixels differ between two images of the same size. */
    static long differing(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("images of different sizes");
        }
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void layOut(java.awt.Component c) {
        c.doLayout();
        if (c instanceof java.awt.Container parent) {
            for (java.awt.Component child : parent.getComponents()) {
                layOut(child);
            }
        }
    }
}
