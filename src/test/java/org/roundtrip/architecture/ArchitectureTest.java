package org.roundtrip.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of DESIGN.md: the model and the analysis stay pure; nothing but the launcher sees ui or cli. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.roundtrip");
    }

    @Test
    void modelAndAnalysisAreFreeOfUiFileFormatsAndConsole() {
        noClasses().that().resideInAnyPackage("org.roundtrip.model..", "org.roundtrip.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.swing..", "java.awt..", "org.apache.poi..", "org.jfree..", "com.formdev..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.roundtrip.model..", "org.roundtrip.analysis..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void modelImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("org.roundtrip.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.roundtrip.ingest..", "org.roundtrip.analysis..", "org.roundtrip.charts..",
                        "org.roundtrip.export..", "org.roundtrip.workspace..", "org.roundtrip.cli..",
                        "org.roundtrip.ui..")
                .check(classes);
    }

    @Test
    void layersDependDownwardOnly() {
        noClasses().that().resideInAnyPackage("org.roundtrip.ingest..", "org.roundtrip.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.roundtrip.charts..",
                        "org.roundtrip.export..", "org.roundtrip.workspace..", "org.roundtrip.cli..",
                        "org.roundtrip.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.roundtrip.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.roundtrip.ingest..")
                .check(classes);
        noClasses().that().resideInAPackage("org.roundtrip.ingest..")
                .should().dependOnClassesThat().resideInAPackage("org.roundtrip.analysis..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.roundtrip.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.roundtrip.export..",
                        "org.roundtrip.ingest..", "org.roundtrip.workspace..", "org.roundtrip.cli..")
                .check(classes);
    }

    @Test
    void workspaceUsesTheModelOnly() {
        // The window and the command line both open workspaces, so the file format stays below them and
        // knows nothing of how rows are read or figures computed.
        noClasses().that().resideInAPackage("org.roundtrip.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.roundtrip.ingest..",
                        "org.roundtrip.analysis..", "org.roundtrip.charts..", "org.roundtrip.export..",
                        "org.roundtrip.cli..", "org.roundtrip.ui..", "javax.swing..", "java.awt..")
                .check(classes);
        noClasses().that().resideInAPackage("org.roundtrip.workspace..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void onlyTheLauncherSeesUiAndCli() {
        noClasses().that().resideOutsideOfPackages("org.roundtrip.ui..")
                .and().doNotHaveFullyQualifiedName("org.roundtrip.Main")
                .should().dependOnClassesThat().resideInAPackage("org.roundtrip.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.roundtrip.cli..")
                .and().doNotHaveFullyQualifiedName("org.roundtrip.Main")
                .should().dependOnClassesThat().resideInAPackage("org.roundtrip.cli..")
                .check(classes);
    }
}
