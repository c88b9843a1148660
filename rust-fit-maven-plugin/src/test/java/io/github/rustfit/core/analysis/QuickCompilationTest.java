package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickCompilationTest {

    private static String directives() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return (String) server.invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerDirectivesPrint",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()});
    }

    @Test
    void the_directive_names_only_the_parser_and_the_plugin_and_is_gone_once_parsing_ends() throws Exception {
        assumeTrue(
                ManagementFactory.getPlatformMBeanServer()
                        .isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")),
                "a HotSpot JVM");

        try (QuickCompilation quick = QuickCompilation.begin(true, AnalysisListener.SILENT)) {
            assertThat(directives()).contains("com/github/javaparser/*.*").contains("io/github/rustfit/*.*");
        }

        assertThat(directives()).doesNotContain("com/github/javaparser");
    }

    @Test
    void nothing_is_asked_when_it_is_not_wanted() throws Exception {
        assumeTrue(ManagementFactory.getPlatformMBeanServer()
                .isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")));

        try (QuickCompilation quick = QuickCompilation.begin(false, AnalysisListener.SILENT)) {
            assertThat(directives()).doesNotContain("com/github/javaparser");
        }
    }
}
