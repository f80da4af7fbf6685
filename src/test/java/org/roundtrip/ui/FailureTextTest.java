package org.roundtrip.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's words for a failure: a file's reason or a broken rule, never a programming error's raw text. */
class FailureTextTest {

    @Test
    void aProgrammingErrorIsNamedNotQuoted() {
        String text = FailureText.of(new NullPointerException(
                "Cannot invoke \"org.w3c.dom.Element.getAttributeNS()\" because \"root\" is null"));

        assertThat(text).contains("NullPointerException").doesNotContain("Cannot invoke").doesNotContain("root");
        assertThat(FailureText.of(new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3")))
                .contains("ArrayIndexOutOfBoundsException").doesNotContain("Index 3");
        assertThat(FailureText.of(new OutOfMemoryError("Java heap space"))).contains("OutOfMemoryError")
                .doesNotContain("heap");
    }

    @Test
    void aFilesTroubleIsSaidInItsOwnWordsOnOneLine() {
        assertThat(FailureText.of(new IOException("No space left on device\n\tat somewhere")))
                .isEqualTo("No space left on device");
        assertThat(FailureText.of(new UncheckedIOException(new IOException("the template is not a deck"))))
                .isEqualTo("the template is not a deck");
        assertThat(FailureText.of(new FileSystemException("deck.pptx", null, "Read-only file system")))
                .isEqualTo("deck.pptx: Read-only file system");
        assertThat(FailureText.of(new AccessDeniedException("/home/finance/deck.pptx")))
                .isEqualTo("/home/finance/deck.pptx");
    }

    @Test
    void aBrokenRuleIsSaidAsThrown() {
        assertThat(FailureText.of(new IllegalArgumentException("unknown chart pie; known: ratios, timeline")))
                .isEqualTo("unknown chart pie; known: ratios, timeline");
    }

    @Test
    void aFailureWithoutWordsIsNamed() {
        assertThat(FailureText.of(new IOException())).contains("IOException");
        assertThat(FailureText.of(null)).isNotBlank();
    }
}
