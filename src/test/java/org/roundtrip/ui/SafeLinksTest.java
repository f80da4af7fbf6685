package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.GraphicsEnvironment;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The decision only: no test here may reach {@code Desktop.browse}. */
class SafeLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.reuters.com/technology/nvidia-openai-100-billion-2025-09-22/",
        "http://example.com",
        "https://example.com/",
        "https://example.com:8443/deals?id=42&from=2025#top",
        "https://sub.example.co.uk/path/%20with%20spaces",
        "HTTPS://EXAMPLE.COM/",
        "Http://example.com/",
        "https://192.0.2.10/report",
        "https://[2001:db8::1]/report",
        "https://de.wikipedia.org/wiki/Übernahme",
    })
    void httpAndHttpsLinksWithAHostMayBeOpened(String text) {
        assertThat(SafeLinks.safeUri(text)).contains(URI.create(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "javascript://example.com/%0Aalert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///C:/Windows/System32/calc.exe",
        "file:///etc/passwd",
        "FILE://server/share/deals.xlsx",
        "smb://server/share/deals.xlsx",
        "mailto:cfo@example.com",
        "ftp://example.com/deals.csv",
        "ms-excel:ofe|u|https://example.com/deals.xlsx",
        "search-ms:query=deals",
        "\\\\server\\share\\deals.xlsx",
        "//server/share/deals.xlsx",
        "/etc/passwd",
        "../deals.xlsx",
        "deals.xlsx",
        "example.com",
        "www.example.com/deals",
        "C:\\Users\\cfo\\deals.xlsx",
        "C:/Users/cfo/deals.xlsx",
        "https:example.com",
        "https:/example.com",
        "https://",
        "https:///path",
        "http://exa_mple.com/",
        "https://bank.example@evil.example/",
        "https://user:password@example.com/",
        "https://exa mple.com/",
        "",
        "Reuters, 22 Sep 2025",
    })
    void everythingElseStaysText(String text) {
        assertThat(SafeLinks.isSafe(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        " https://example.com/",
        "https://example.com/ ",
        "\thttps://example.com/",
        "https://example.com/\n",
        "https://example.com/\r\njavascript:alert(1)",
        "\u00a0https://example.com/",
        "https://example.com/\u200b",
        "\u202ehttps://example.com/moc.live",
        "https://example.com/\u0000",
        "\ufeffhttps://example.com/",
        "java\tscript:alert(1)",
        "https://exa\u00admple.com/",
    })
    void whitespaceControlAndInvisibleCharactersAnywhereAreRefusedNotTrimmed(String text) {
        assertThat(SafeLinks.isSafe(text)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList()).isFalse();
    }

    @Test
    void nullIsNotALink() throws Exception {
        assertThat(SafeLinks.safeUri(null)).isEmpty();
        assertThat(SafeLinks.open(null)).isFalse();
    }

    @Test
    void openingAnUnsafeLinkDoesNothing() throws Exception {
        // Refused before the desktop is consulted, so this is safe to run on a machine with a browser.
        assertThat(SafeLinks.open("javascript:alert(1)")).isFalse();
        assertThat(SafeLinks.open("file:///etc/passwd")).isFalse();
        assertThat(SafeLinks.open(" https://example.com/")).isFalse();
    }

    @Test
    void withoutADesktopEvenASafeLinkIsNotOpened() throws Exception {
        assumeTrue(GraphicsEnvironment.isHeadless(), "headless only: with a display this would start a browser");
        assertThat(SafeLinks.open("https://example.com/")).isFalse();
    }
}
