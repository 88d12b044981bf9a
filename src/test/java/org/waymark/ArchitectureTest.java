package org.waymark;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layers of DESIGN.md §5. */
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
                    "org.waymark.app..", "org.waymark.cli..", "org.waymark.io..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses().that().resideOutsideOfPackages("org.waymark.store..", "org.waymark.app..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");
}
