package org.roundtrip.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The analysis stays pure: no user interface, workbook, chart or console code (STYLE.md, habit 1). */
class AnalysisArchitectureTest {

    private static final JavaClasses ANALYSIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.roundtrip.analysis");

    @Test
    void analysisUsesNoSwingAwtPoiOrJFreeChart() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javax.swing..", "java.awt..", "org.apache.poi..", "org.jfree..")
                .check(ANALYSIS);
    }

    @Test
    void analysisDependsOnlyOnTheModelOfOurPackages() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.roundtrip.ingest..", "org.roundtrip.charts..", "org.roundtrip.export..",
                        "org.roundtrip.workspace..", "org.roundtrip.cli..", "org.roundtrip.ui..")
                .check(ANALYSIS);
    }

    @Test
    void analysisPrintsNothing() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(ANALYSIS);
    }
}
