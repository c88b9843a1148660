package io.github.rustfit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the project promises: a Maven-free core and report writers behind thin Mojos. Any
 * exception to these rules must be explained in a comment next to it.
 */
@AnalyzeClasses(packages = "io.github.rustfit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_never_touches_maven = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..")
            .because("the analysis core must run and be tested without Maven");

    @ArchTest
    static final ArchRule report_writers_never_touch_maven = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..")
            .because("one report model is rendered for the HTML file, Markdown and the site alike");

    @ArchTest
    static final ArchRule core_does_not_depend_on_reports_runs_or_mojos = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.rustfit.report..", "io.github.rustfit.run..", "io.github.rustfit.maven..")
            .because("the core is the bottom layer");

    @ArchTest
    static final ArchRule the_run_never_touches_maven = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit.run..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..", "org.eclipse.aether..")
            .because("one run serves every goal and every test without Maven; the Mojos only make options");

    @ArchTest
    static final ArchRule report_writers_do_not_depend_on_mojos = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.rustfit.maven..")
            .because("Mojos call report writers, never the other way round");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("io.github.rustfit.(**)..")
            .should()
            .beFreeOfCycles()
            .because("each package can be read, tested and replaced on its own only when it depends on none"
                    + " that depends on it");

    /**
     * The layers as the README draws them, top to bottom: each may use the ones below it, never one
     * above. The parsing JVM plugs into the analysis from above ({@code ParsingSetup.Strategy} is the
     * analysis's own interface), so the analysis never knows it exists. The analysis reads the
     * manifest's suppressions, and the manifest names signals by the registry's ids. Reports read
     * the manifest (SARIF places review problems at its lines) but never judge. A file's report
     * carries the facts extraction plans are made of, so extraction sits below the file reports and
     * the analysis hands each module's facts to its planner.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Maven")
            .definedBy("io.github.rustfit.maven..")
            .layer("Run")
            .definedBy("io.github.rustfit.run..")
            .layer("Report")
            .definedBy("io.github.rustfit.report..")
            .layer("Review")
            .definedBy("io.github.rustfit.core.review..")
            .layer("Fork")
            .definedBy("io.github.rustfit.core.fork..")
            .layer("Analysis")
            .definedBy("io.github.rustfit.core.analysis..", "io.github.rustfit.core.adoption..")
            .layer("Manifest")
            .definedBy("io.github.rustfit.core.manifest..")
            .layer("FileReports")
            .definedBy("io.github.rustfit.core.file..", "io.github.rustfit.core.cache..")
            .layer("Extraction")
            .definedBy("io.github.rustfit.core.extraction..")
            .layer("Signals")
            .definedBy(
                    "io.github.rustfit.core.signals..",
                    "io.github.rustfit.core.parse..",
                    "io.github.rustfit.core.source..")
            .layer("Model")
            .definedBy(
                    "io.github.rustfit.core.result..",
                    "io.github.rustfit.core.criteria..",
                    "io.github.rustfit.core.io..")
            .whereLayer("Maven")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Run")
            .mayOnlyBeAccessedByLayers("Maven")
            .whereLayer("Report")
            .mayOnlyBeAccessedByLayers("Run", "Maven")
            .whereLayer("Review")
            .mayOnlyBeAccessedByLayers("Run", "Maven")
            .whereLayer("Fork")
            .mayOnlyBeAccessedByLayers("Run", "Maven")
            .whereLayer("Analysis")
            .mayOnlyBeAccessedByLayers("Fork", "Run", "Maven")
            .whereLayer("Manifest")
            .mayOnlyBeAccessedByLayers("Analysis", "Review", "Report", "Run", "Maven")
            .whereLayer("FileReports")
            .mayOnlyBeAccessedByLayers("Analysis", "Fork", "Run", "Maven")
            .whereLayer("Extraction")
            .mayOnlyBeAccessedByLayers("FileReports", "Analysis", "Fork", "Run", "Maven")
            .whereLayer("Signals")
            .mayOnlyBeAccessedByLayers("Manifest", "Extraction", "FileReports", "Analysis", "Fork", "Run", "Maven");

    @ArchTest
    static final ArchRule core_never_uses_static_java_parser = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.github.javaparser.StaticJavaParser")
            .because("its shared configuration is not thread-safe; use a JavaParser instance per thread");
}
