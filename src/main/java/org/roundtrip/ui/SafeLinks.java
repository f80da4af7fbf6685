package org.roundtrip.ui;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a text from a workbook (a deal's source, say) is a link Roundtrip may open, and
 * opens it in the browser only then. Workbooks come from outside the firm, so a cell is untrusted:
 * only an absolute {@code http} or {@code https} URI naming a host is opened. Everything else stays
 * text: {@code file:}, {@code javascript:}, {@code mailto:}, {@code smb:} and other schemes (in any
 * case), UNC and relative paths, links with a user name before the host
 * ({@code https://bank.com@evil.example/}), text with spaces, control or invisible characters
 * anywhere (including at either end), and anything {@link URI} cannot parse.
 */
public final class SafeLinks {

    private SafeLinks() {
    }

    /**
     * The URI {@code text} names when it is one Roundtrip may open; empty otherwise.
     *
     * @param text a cell's text, may be null (empty result)
     */
    public static Optional<URI> safeUri(String text) {
        if (text == null || text.isEmpty() || !text.codePoints().allMatch(SafeLinks::visible)) {
            return Optional.empty(); // the text shown must be the link opened, character for character
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            return Optional.empty();
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.empty(); // also when the authority is not a host name: http://a_b/ parses, hostless
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.empty(); // https://bank.com@evil.example/ goes to evil.example
        }
        return Optional.of(uri);
    }

    /** Whether {@link #safeUri} accepts {@code text}. */
    public static boolean isSafe(String text) {
        return safeUri(text).isPresent();
    }

    /**
     * Opens {@code text} in the system's browser if it is a safe link and this desktop can browse.
     *
     * @param text a cell's text, may be null
     * @return whether the browser was asked to open it; false, doing nothing, for an unsafe link or
     *     when there is no desktop (headless, or no browse action)
     * @throws IOException when the desktop has a browser but could not start it
     */
    public static boolean open(String text) throws IOException {
        Optional<URI> uri = safeUri(text);
        if (uri.isEmpty() || GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
            return false;
        }
        Desktop desktop = Desktop.getDesktop();
        if (!desktop.isSupported(Desktop.Action.BROWSE)) {
            return false;
        }
        desktop.browse(uri.get());
        return true;
    }

    /** Printable and visible: no spaces, controls, bidi overrides, zero-width or unassigned characters. */
    private static boolean visible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type != Character.FORMAT && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }
}
