package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Globs match source paths from the execution root the way Ant, Git and build tools' excludes do. */
class FileGlobTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "**/generated/**, generated/Table.java, true",
        "**/generated/**, codec/target/generated/a/b/Table.java, true",
        "**/generated/**, codec/src/main/java/GeneratedTable.java, false",
        "**/*.java, Root.java, true",
        "**/*.java, a/b/C.java, true",
        "src/main/java/com/acme/legacy/Table*.java, src/main/java/com/acme/legacy/TableOne.java, true",
        "src/main/java/com/acme/legacy/Table*.java, src/main/java/com/acme/legacy/sub/TableOne.java, false",
        "src/main/java/com/acme/legacy/Table*.java, src/main/java/com/acme/legacy/Other.java, false",
        "codec/**/Frame.java, codec/Frame.java, true",
        "codec/**/Frame.java, codec/src/main/java/p/Frame.java, true",
        "codec/**/**/Frame.java, codec/Frame.java, true",
        "codec/*/Frame.java, codec/a/b/Frame.java, false",
        "**, anything/At/All.java, true",
        "legacy/Table?.java, legacy/Table1.java, true",
        "legacy/Table?.java, legacy/Table12.java, false",
        "legacy/Table[0-9].java, legacy/Table7.java, true",
        "'{a,b}/**/*.java', b/x/Y.java, true",
    })
    void matches_like_build_tools_excludes(String pattern, String path, boolean expected) {
        assertThat(FileGlob.of(pattern).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/src/main/java/A.java | is an absolute path",
                "C:/src/A.java | is an absolute path",
                "src\\main\\java\\A.java | has a backslash; paths are matched with / between directories",
                "./src/A.java | has a '.' directory",
                "codec/../A.java | has a '..' directory",
                "codec/generated/ | ends with /, so it can only match a directory",
                "codec/[a-.java | is not a valid glob",
                "codec/{a,{b}}.java | is not a valid glob",
                "codec/generated | can only match the file or directory generated",
                "**/*.kt | can only match .kt files, and the analysis reads only .java files",
            })
    void refuses_a_pattern_that_cannot_match_a_source_file_and_says_why(String pattern, String why) {
        assertThat(FileGlob.problem(pattern))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("'" + pattern + "' ")
                        .contains(why)
                        .contains("Fix: "));
        assertThatThrownBy(() -> FileGlob.of(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_fix_for_a_directory_or_another_extension_is_the_pattern_to_write() {
        assertThat(FileGlob.problem("codec/generated"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("write 'codec/generated/**'"));
        assertThat(FileGlob.problem("**/*.kt"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("write '**/*.java'"));
        assertThat(FileGlob.problem("codec/generated/"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("write 'codec/generated/**'"));
    }

    @Test
    void accepts_every_pattern_that_can_match_a_java_file() {
        for (String pattern : new String[] {"**", "**/*", "a/*.java", "Table*", "**/gen/**", "a/B.java", "x.*"}) {
            assertThat(FileGlob.problem(pattern)).as(pattern).isEmpty();
        }
    }
}
