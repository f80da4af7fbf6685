package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.export.ExportTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The save dialogs ask before replacing a file, and only then. */
class ExportDestinationTest {

    @TempDir
    Path dir;

    @Test
    void aNameWithoutTheExtensionGetsIt() {
        assertThat(ExportDestination.withExtension(dir.resolve("board"), "pptx", List.of("pptx")))
                .isEqualTo(dir.resolve("board.pptx"));
        assertThat(ExportDestination.withExtension(dir.resolve("Board.PPTX"), "pptx", List.of("pptx")))
                .isEqualTo(dir.resolve("Board.PPTX"));
        assertThat(ExportDestination.withExtension(dir.resolve("ratios.svg"), "png", List.of("png", "svg", "pdf")))
                .isEqualTo(dir.resolve("ratios.svg"));
        assertThat(ExportDestination.withExtension(dir.resolve("charts"), null, List.of()))
                .isEqualTo(dir.resolve("charts"));
    }

    @Test
    void aNewFileReplacesNothingAndNeedsNoQuestion() {
        Path out = dir.resolve("deck.pptx");

        List<Path> replaced = ExportDestination.replaced(out, ExportTarget.DECK, List.of("ratios"));

        assertThat(replaced).isEmpty();
        assertThat(ExportDestination.question(out, replaced)).isNull();
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterAsking() throws Exception {
        Path out = Files.writeString(dir.resolve("deck.pptx"), "old");

        List<Path> replaced = ExportDestination.replaced(out, ExportTarget.DECK, List.of("ratios"));

        assertThat(replaced).containsExactly(out);
        assertThat(ExportDestination.question(out, replaced)).contains("deck.pptx");
    }

    @Test
    void aFolderAsksAboutTheChartsFilesItWouldReplaceAndNoOthers() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("charts"));
        Files.writeString(folder.resolve("ratios.png"), "old");
        Files.writeString(folder.resolve("ratios.svg"), "old");
        Files.writeString(folder.resolve("network.png"), "not exported this time");
        Files.writeString(folder.resolve("notes.txt"), "mine");

        List<Path> replaced = ExportDestination.replaced(folder, ExportTarget.FOLDER, List.of("ratios", "cycles"));

        assertThat(replaced).containsExactly(folder.resolve("ratios.png"), folder.resolve("ratios.svg"));
        assertThat(ExportDestination.question(folder, replaced)).contains("ratios.png", "ratios.svg")
                .doesNotContain("network");
    }

    @Test
    void aFolderNotYetMadeReplacesNothing() {
        assertThat(ExportDestination.replaced(dir.resolve("new"), ExportTarget.FOLDER, List.of("ratios"))).isEmpty();
    }
}
