package io.github.rustfit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    static final ArchRule core_does_not_depend_on_reports_or_mojos = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.rustfit.report..", "io.github.rustfit.maven..")
            .because("the core is the bottom layer");

    @ArchTest
    static final ArchRule report_writers_do_not_depend_on_mojos = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.rustfit.maven..")
            .because("Mojos call report writers, never the other way round");

    @ArchTest
    static final ArchRule core_never_uses_static_java_parser = noClasses()
            .that()
            .resideInAPackage("io.github.rustfit..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.github.javaparser.StaticJavaParser")
            .because("its shared configuration is not thread-safe; use a JavaParser instance per thread");
}
