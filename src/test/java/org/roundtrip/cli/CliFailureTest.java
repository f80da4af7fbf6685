package org.roundtrip.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line prints when a command stops on an exception: one line a user can act on. */
class CliFailureTest {

    @Test
    void aProgrammingErrorIsNamedNotQuoted() {
        String line = Cli.describe(new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null"));

        assertThat(line).isEqualTo("unexpected internal error (NullPointerException); please report it");
    }

    @Test
    void aFilesTroubleAndABrokenRuleKeepTheirFirstLine() {
        assertThat(Cli.describe(new UncheckedIOException(new IOException("Disk quota exceeded\nmore"))))
                .isEqualTo("Disk quota exceeded");
        assertThat(Cli.describe(new IllegalArgumentException("unknown chart pie"))).isEqualTo("unknown chart pie");
        assertThat(Cli.describe(new IOException())).contains("IOException");
    }
}
