package org.waymark;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers and house rules of docs/ARCHITECTURE.md. */
@AnalyzeClasses(packages = "org.waymark", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Launcher").definedBy("org.waymark")
            .layer("Domain").definedBy("org.waymark.domain..")
            .layer("Store").definedBy("org.waymark.store..")
            .layer("App").definedBy("org.waymark.app..")
            .layer("Ui").definedBy("org.waymark.ui..")
            .layer("Report").definedBy("org.waymark.report..")
            .layer("Io").definedBy("org.waymark.io..")
            .layer("Cli").definedBy("org.waymark.cli..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Report", "Io", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Launcher", "Store", "App", "Ui", "Report", "Io", "Cli");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.waymark.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "org.waymark.store..", "org.waymark.app..",
                    "com.fasterxml..", "org.apache..", "picocli..")
            .because("the domain holds the rules only: no SQL, no JavaFX, no libraries");

    @ArchTest
    static final ArchRule onlyTheUiTouchesJavaFx = noClasses().that().resideInAnyPackage("org.waymark.domain..", "org.waymark.store..",
                    "org.waymark.app..", "org.waymark.cli..", "org.waymark.io..", "org.waymark.report..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses().that().resideOutsideOfPackages("org.waymark.store..", "org.waymark.app..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule fileFormatsAreOutsideTheCore = noClasses().that().resideInAnyPackage("org.waymark.store..", "org.waymark.app..",
                    "org.waymark.cli..", "org.waymark.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..", "org.apache.poi..", "org.apache.pdfbox..")
            .because("spreadsheets, CSV and PDF files are read and written in io and report, behind ports that app defines");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.waymark.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule oneBackgroundExecutor = noClasses().that().resideInAPackage("org.waymark.ui..")
            .and().resideOutsideOfPackage("org.waymark.ui.shell")
            .should().dependOnClassesThat().areAssignableTo(Thread.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.util.concurrent.ExecutorService.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.util.concurrent.Executors.class)
            .because("plan and file work runs on the one BackgroundExecutor, in the order it was asked for");

    @ArchTest
    static final ArchRule dialogsThroughTheDialogService = noClasses().that().doNotHaveFullyQualifiedName("org.waymark.ui.shell.FxDialogService")
            .should().dependOnClassesThat().areAssignableTo(javafx.scene.control.Alert.class)
            .orShould().dependOnClassesThat().areAssignableTo(javafx.stage.FileChooser.class)
            .orShould().dependOnClassesThat().areAssignableTo(javafx.stage.DirectoryChooser.class)
            .because("every alert and file chooser goes through DialogService, so tests can answer it");
}
