package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {

    private static final Path YAML = Path.of("rust-fit.yaml");

    static final String VALID = """
            version: 1
            components:
              - name: wire-protocol
                modules: [wire-protocol, services/codec]
                lifecycle: production
                owner: payments-platform
                answers:
                  memorySafetyIncident: yes
                  tailLatencyCritical: unknown
                  sharedInfrastructure: no
                review:
                  decision: rust-candidate
                  rationale: Parses untrusted frames on every request; p99 matters.
                  reviewers: [alice, bob]
                  date: 2026-10-01
                  revisitBy: 2027-04-01
                  verdict: STRONG_CANDIDATE
                  evidence: sha256:abc
                  linesOfCode: 1200
                  signals:
                    byte-buffer: 12
              - name: admin
                modules: [admin]
            """;

    @Test
    void reads_components_answers_and_reviews() throws Exception {
        Manifest manifest = ManifestReader.parse(YAML, VALID);

        assertThat(manifest.version()).isEqualTo(1);
        assertThat(manifest.components()).extracting(Component::name).containsExactly("wire-protocol", "admin");
        Component wire = manifest.components().get(0);
        assertThat(wire.lifecycle()).isEqualTo(Lifecycle.PRODUCTION);
        assertThat(wire.answers())
                .containsEntry(Question.MEMORY_SAFETY_INCIDENT, Answer.YES)
                .containsEntry(Question.TAIL_LATENCY_CRITICAL, Answer.UNKNOWN)
                .containsEntry(Question.SHARED_INFRASTRUCTURE, Answer.NO);
        Review review = wire.review();
        assertThat(review.decision()).isEqualTo(ReviewDecision.RUST_CANDIDATE);
        assertThat(review.reviewers()).containsExactly("alice", "bob");
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(review.revisitBy()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(review.seen().verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(review.seen().signals()).containsEntry("byte-buffer", 12);
        assertThat(manifest.components().get(1).review()).isNull();
        assertThat(manifest.locationOf(wire, "review")).isEqualTo(new Location(11, 5));
        assertThat(manifest.componentFor("other", "services/codec")).contains(wire);
        assertThat(manifest.declaredAnswers()).containsOnlyKeys("wire-protocol", "services/codec");
    }

    @Test
    void reads_the_same_content_as_json() throws Exception {
        String json = """
                {"version": 1, "components": [
                  {"name": "wire-protocol", "modules": ["wire-protocol"],
                   "answers": {"memorySafetyIncident": "yes"}}
                ]}
                """;
        Manifest manifest = ManifestReader.parse(Path.of("rust-fit.json"), json);

        assertThat(manifest.components().get(0).answers()).containsEntry(Question.MEMORY_SAFETY_INCIDENT, Answer.YES);
    }

    @Test
    void reads_rust_fit_json_when_the_default_yaml_is_absent(@org.junit.jupiter.api.io.TempDir Path root)
            throws Exception {
        Path yaml = root.resolve("rust-fit.yaml");
        assertThat(ManifestReader.locate(yaml)).isEqualTo(yaml);

        java.nio.file.Files.writeString(root.resolve("rust-fit.json"), "{\"version\": 1}");
        assertThat(ManifestReader.locate(yaml)).isEqualTo(root.resolve("rust-fit.json"));
        assertThat(ManifestReader.locate(root.resolve("other.yaml"))).isEqualTo(root.resolve("other.yaml"));

        java.nio.file.Files.writeString(yaml, "version: 1\n");
        assertThat(ManifestReader.locate(yaml)).isEqualTo(yaml);
    }

    @Test
    void names_line_column_and_close_match_for_an_unknown_key() {
        String yaml = VALID.replace("reviewers: [alice, bob]", "reviewr: [alice, bob]");

        ManifestException e = fails(yaml);

        assertThat(e.location()).isEqualTo(new Location(14, 7));
        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:14:7: unknown key 'reviewr' in components[0].review; expected one of")
                .contains("reviewers")
                .endsWith("Did you mean 'reviewers'?");
    }

    @Test
    void reports_a_syntax_error_with_its_place() {
        ManifestException e = fails("version: 1\ncomponents:\n  - name: [unclosed\n");

        assertThat(e.location().line()).isGreaterThan(0);
        assertThat(e.getMessage()).startsWith("rust-fit.yaml:").contains("not valid YAML");
    }

    @Test
    void reports_a_wrong_type_saying_what_was_expected() {
        ManifestException e = fails(VALID.replace("modules: [admin]", "modules:\n      key: admin"));

        assertThat(e.getMessage()).contains("components[1].modules: expected a list, found a mapping");
        assertThat(e.location().line()).isEqualTo(23);
    }

    @Test
    void reports_a_bad_date() {
        ManifestException e = fails(VALID.replace("date: 2026-10-01", "date: 2026-13-01"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:15:")
                .contains("components[0].review.date: '2026-13-01' is not a date; expected a date written yyyy-MM-dd");
    }

    @Test
    void reports_an_unknown_decision_with_a_close_match() {
        ManifestException e = fails(VALID.replace("decision: rust-candidate", "decision: rust-candidat"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:12:")
                .contains("'rust-candidat' is not a review decision; expected one of rust-candidate, stay-on-jvm,"
                        + " revisit.")
                .endsWith("Did you mean 'rust-candidate'?");
    }

    @Test
    void reports_an_unknown_lifecycle() {
        ManifestException e = fails(VALID.replace("lifecycle: production", "lifecycle: prod"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:5:")
                .contains("components[0].lifecycle: 'prod' is not a lifecycle; expected one of prototype,"
                        + " experimental, production, deprecated.")
                .endsWith("Did you mean 'production'?");
    }

    @Test
    void reports_errors_in_a_json_manifest_at_their_place() {
        String json = """
                {"version": 1,
                 "components": [{"name": "wire", "modules": ["wire"], "ownr": "payments"}]}
                """;

        ManifestException e = catchThrowableOfType(
                ManifestException.class, () -> ManifestReader.parse(Path.of("rust-fit.json"), json));

        assertThat(e.getMessage())
                .startsWith("rust-fit.json:2:55: unknown key 'ownr' in components[0]")
                .endsWith("Did you mean 'owner'?");
    }

    @Test
    void reports_a_wrong_type_inside_a_review() {
        ManifestException e = fails(VALID.replace("reviewers: [alice, bob]", "reviewers: {alice: bob}"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:14:")
                .contains("components[0].review.reviewers: expected a list, found a mapping.");
    }

    @Test
    void reports_an_unknown_question_with_a_close_match() {
        ManifestException e = fails(VALID.replace("tailLatencyCritical: unknown", "tailLatency: unknown"));

        assertThat(e.getMessage()).contains("unknown question 'tailLatency'").endsWith("'tailLatencyCritical'?");
    }

    @Test
    void reports_a_duplicate_component() {
        ManifestException e = fails(VALID.replace("name: admin", "name: wire-protocol"));

        assertThat(e.location()).isEqualTo(new Location(22, 5));
        assertThat(e.getMessage())
                .contains("duplicate component 'wire-protocol' (first at line 3); expected each component once");
    }

    @Test
    void reports_a_module_listed_twice() {
        ManifestException e = fails(VALID.replace("modules: [admin]", "modules: [admin, wire-protocol]"));

        assertThat(e.location()).isEqualTo(new Location(23, 22));
        assertThat(e.getMessage())
                .contains("components[1].modules[1]: module 'wire-protocol' is listed twice (also in component"
                        + " 'wire-protocol'); expected each module in one component only.");
    }

    @Test
    void reports_a_missing_review_date_at_the_review() {
        ManifestException e = fails(VALID.replace("      date: 2026-10-01\n", ""));

        assertThat(e.location().line()).isEqualTo(11);
        assertThat(e.getMessage()).contains("components[0].review: missing 'date'");
    }

    @Test
    void reports_an_empty_manifest_and_one_that_is_not_a_mapping() {
        assertThat(fails("# only a comment\n").getMessage())
                .isEqualTo("rust-fit.yaml:1:1: the manifest is empty; expected 'version: 1' and a 'components:' list.");
        assertThat(fails("- wire\n").getMessage())
                .isEqualTo("rust-fit.yaml:1:1: expected a mapping of keys to values, found a list.");
    }

    @Test
    void refuses_an_unsupported_version() {
        ManifestException e = fails(VALID.replace("version: 1", "version: 2"));

        assertThat(e.getMessage()).startsWith("rust-fit.yaml:1:").contains("version 2 is not supported; expected 1.");
    }

    // ---- values that are missing: never a NullPointerException, always the place and the fix

    @Test
    void an_answer_left_empty_is_an_error_at_its_key() {
        for (String empty : new String[] {"memorySafetyIncident:", "memorySafetyIncident: ~"}) {
            ManifestException e = fails(VALID.replace("memorySafetyIncident: yes", empty));

            assertThat(e.location()).isEqualTo(new Location(8, 7));
            assertThat(e.getMessage())
                    .contains("components[0].answers.memorySafetyIncident: no value; expected an answer (yes, no,"
                            + " unknown)")
                    .contains("Fix:");
        }
    }

    @Test
    void a_signal_count_left_empty_is_an_error_at_its_key() {
        ManifestException e = fails(VALID.replace("byte-buffer: 12", "codec.checksums:"));

        assertThat(e.location()).isEqualTo(new Location(21, 9));
        assertThat(e.getMessage())
                .contains("components[0].review.signals.codec.checksums: no value; expected a whole number")
                .contains("Fix:");
    }

    @Test
    void an_empty_module_in_a_list_is_an_error_at_the_element() {
        ManifestException e = fails(VALID.replace("modules: [admin]", "modules: [admin, ~]"));

        assertThat(e.location()).isEqualTo(new Location(23, 22));
        assertThat(e.getMessage())
                .contains("components[1].modules[1]: empty module; expected an artifactId or a module path.")
                .contains("Fix:");
    }

    @Test
    void an_empty_reviewer_in_a_list_is_an_error_at_the_element() {
        ManifestException e = fails(VALID.replace("reviewers: [alice, bob]", "reviewers: [~]"));

        assertThat(e.location()).isEqualTo(new Location(14, 19));
        assertThat(e.getMessage())
                .contains("components[0].review.reviewers[0]: no value; expected a reviewer's name")
                .contains("Fix:");
    }

    @Test
    void an_empty_or_odd_value_anywhere_gets_its_place_and_a_fix_never_a_null_pointer_exception_or_parser_internals() {
        String[] inputs = {
            VALID.replace("memorySafetyIncident: yes", "memorySafetyIncident:"),
            VALID.replace("byte-buffer: 12", "byte-buffer: ~"),
            VALID.replace("modules: [admin]", "modules: [~]"),
            VALID.replace("reviewers: [alice, bob]", "reviewers: [alice, ~]"),
            VALID.replace("lifecycle: production", "lifecycle:"),
            VALID.replace("decision: rust-candidate", "decision: ~"),
            VALID.replace("date: 2026-10-01", "date:"),
            VALID.replace("verdict: STRONG_CANDIDATE", "verdict:"),
            VALID.replace("linesOfCode: 1200", "linesOfCode:"),
            VALID.replace("version: 1", "version:"),
            VALID.replace("name: admin", "name: ~"),
            VALID.replace("owner: payments-platform", "owner:"),
            VALID.replace("evidence: sha256:abc", "evidence:"),
            VALID.replace("modules: [admin]", "modules: [[admin]]"),
            VALID.replace("modules: [admin]", "modules: [{a: b}]"),
            VALID.replace("byte-buffer: 12", "byte-buffer: [12]"),
            VALID.replace("byte-buffer: 12", "[a]: 12"),
            VALID.replace("byte-buffer: 12", "~: 12"),
            VALID.replace("reviewers: [alice, bob]", "reviewers: alice"),
            VALID.replace("tailLatencyCritical: unknown", "tailLatencyCritical: [yes]"),
            "version: 1\ncomponents: [~]\n",
            "version: 1\ncomponents: wire\n",
            "~\n",
            "12\n",
        };
        for (String input : inputs) {
            ManifestException e = fails(input);

            assertThat(e).as(input).isNotNull();
            assertThat(e.location().line()).as(input).isPositive();
            assertThat(e.location().column()).as(input).isPositive();
            assertThat(e.getMessage())
                    .as(input)
                    .doesNotContain("NullPointer", "Cannot ", "com.fasterxml", "org.yaml", "java.", "`", "problem:")
                    .containsPattern("expected|Fix");
        }
    }

    // ---- anchors, aliases and merge keys are read as YAML means them

    @Test
    void an_alias_is_read_as_the_value_of_its_anchor() throws Exception {
        String yaml = """
                version: 1
                components:
                  - name: wire
                    modules: [wire]
                    owner: &team payments-platform
                    review:
                      decision: stay-on-jvm
                      rationale: &why The decoder is small and stable; the JVM serves it well.
                      reviewers: [&lead amara, jonas]
                      date: 2026-10-01
                      revisitBy: 2027-04-01
                      signals: &counts {frame: 4}
                  - name: codec
                    modules: [codec]
                    owner: *team
                    review:
                      decision: stay-on-jvm
                      rationale: *why
                      reviewers: [*lead]
                      date: 2026-10-01
                      revisitBy: 2027-04-01
                      signals: *counts
                """;

        Manifest manifest = ManifestReader.parse(YAML, yaml);

        Component codec = manifest.components().get(1);
        assertThat(codec.owner()).isEqualTo("payments-platform");
        assertThat(codec.review().rationale()).isEqualTo("The decoder is small and stable; the JVM serves it well.");
        assertThat(codec.review().reviewers()).containsExactly("amara");
        assertThat(codec.review().seen().signals()).containsExactly(java.util.Map.entry("frame", 4));
        assertThat(manifest.locationOf(codec, "review", "rationale")).isEqualTo(new Location(18, 7));
    }

    @Test
    void a_merge_key_is_refused_at_its_place_with_the_fix() {
        String yaml = """
                version: 1
                components:
                  - &base
                    name: wire
                    modules: [wire]
                    owner: payments-platform
                  - <<: *base
                    name: codec
                    modules: [codec]
                """;

        ManifestException e = fails(yaml);

        assertThat(e.location()).isEqualTo(new Location(7, 5));
        assertThat(e.getMessage()).contains("merge key '<<'").contains("Fix: write the keys out here");
    }

    @Test
    void an_alias_whose_value_has_the_wrong_type_is_reported_where_it_is_used_and_names_the_anchor() {
        String yaml = VALID.replace("linesOfCode: 1200", "linesOfCode: &size 1200")
                .replace("modules: [admin]", "modules: [admin]\n    owner: *size");

        ManifestException e = fails(yaml);

        assertThat(e.location()).isEqualTo(new Location(24, 5));
        assertThat(e.getMessage())
                .contains("components[1].owner: expected text, found the number 1200")
                .contains("*size, anchored at 19:")
                .contains("Fix: quote it");
    }

    @Test
    void an_alias_without_an_anchor_before_it_is_an_error_with_its_place_and_the_fix() {
        ManifestException e = fails(VALID.replace("rationale: Parses", "rationale: *why\n      # Parses"));

        assertThat(e.location()).isEqualTo(new Location(13, 18));
        assertThat(e.getMessage()).contains("*why").contains("anchor").contains("Fix:");
    }

    @Test
    void a_mapping_that_contains_an_alias_to_itself_is_an_error() {
        ManifestException e = fails("version: 1\ncomponents: &all\n  - name: x\n    modules: *all\n");

        assertThat(e.location().line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("*all").contains("Fix:");
    }

    @Test
    void aliases_that_expand_far_beyond_the_file_are_refused_at_the_alias() {
        StringBuilder yaml = new StringBuilder("version: 1\ncomponents:\n  - name: c0\n    modules: &all [");
        for (int i = 0; i < 2000; i++) {
            yaml.append(i == 0 ? "" : ", ").append("m").append(i);
        }
        yaml.append("]\n");
        for (int c = 1; c <= 60; c++) {
            yaml.append("  - name: c").append(c).append("\n    modules: *all\n");
        }

        ManifestException e = fails(yaml.toString());

        assertThat(e.location().line()).isGreaterThan(4);
        assertThat(e.location().column()).isEqualTo(14);
        assertThat(e.getMessage()).contains("the aliases expand to more than").contains("Fix:");
    }

    // ---- wrong types and values out of range

    @Test
    void a_version_that_is_not_the_whole_number_one_is_an_error() {
        assertThat(fails(VALID.replace("version: 1", "version: 1.9")).getMessage())
                .startsWith("rust-fit.yaml:1:1: version: expected the whole number 1, found the number 1.9.")
                .contains("Fix:");
        assertThat(fails(VALID.replace("version: 1", "version: \"1\"")).getMessage())
                .startsWith("rust-fit.yaml:1:1: version: expected the whole number 1, found the text '1'.")
                .contains("Fix:");
    }

    @Test
    void a_name_written_as_a_number_is_an_error_that_says_to_quote_it() {
        ManifestException e = fails(VALID.replace("name: admin", "name: 12345"));

        assertThat(e.location()).isEqualTo(new Location(22, 5));
        assertThat(e.getMessage())
                .contains("components[1].name: expected text, found the number 12345.")
                .contains("Fix: quote it");
    }

    @Test
    void lines_of_code_must_be_a_whole_number_of_zero_or_more() {
        assertThat(fails(VALID.replace("linesOfCode: 1200", "linesOfCode: 165.7"))
                        .getMessage())
                .startsWith("rust-fit.yaml:19:7: components[0].review.linesOfCode: expected a whole number of 0 or"
                        + " more, found the number 165.7.");
        assertThat(fails(VALID.replace("linesOfCode: 1200", "linesOfCode: -5")).getMessage())
                .startsWith("rust-fit.yaml:19:7: components[0].review.linesOfCode: expected a whole number of 0 or"
                        + " more, found the number -5.");
        assertThat(fails(VALID.replace("linesOfCode: 1200", "linesOfCode: \"1200\""))
                        .getMessage())
                .contains("found the text '1200'");
    }

    @Test
    void signal_counts_must_be_whole_numbers_of_zero_or_more_that_fit() {
        assertThat(fails(VALID.replace("byte-buffer: 12", "byte-buffer: 1.5")).getMessage())
                .startsWith("rust-fit.yaml:21:9: components[0].review.signals.byte-buffer: expected a whole number"
                        + " of 0 or more, found the number 1.5.");
        assertThat(fails(VALID.replace("byte-buffer: 12", "byte-buffer: -1")).getMessage())
                .contains("found the number -1.");
        assertThat(fails(VALID.replace("byte-buffer: 12", "byte-buffer: 99999999999"))
                        .getMessage())
                .contains("99999999999")
                .contains("2147483647");
    }

    @Test
    void wrong_types_in_a_json_manifest_are_errors_too() {
        String json = """
                {"version": 1, "components": [{"name": 7, "modules": ["wire"]}]}
                """;

        ManifestException e = catchThrowableOfType(
                ManifestException.class, () -> ManifestReader.parse(Path.of("rust-fit.json"), json));

        assertThat(e.getMessage())
                .startsWith("rust-fit.json:1:32: components[0].name: expected text, found the number 7.");
    }

    // ---- documents, bytes and whitespace

    @Test
    void a_second_yaml_document_is_an_error_at_its_start() {
        ManifestException e = fails(VALID + "---\nversion: 1\n");

        assertThat(e.location()).isEqualTo(new Location(24, 1));
        assertThat(e.getMessage()).contains("one document").contains("Fix:").doesNotContain("found a mapping");
    }

    @Test
    void a_manifest_that_is_not_utf_8_is_an_error_at_the_first_bad_byte(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("rust-fit.yaml");
        byte[] latin1 = VALID.replace("p99 matters", "p99 matters für uns")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.file.Files.write(file, latin1);

        ManifestException e = catchThrowableOfType(ManifestException.class, () -> ManifestReader.read(file));

        assertThat(e.location()).isEqualTo(new Location(13, 73));
        assertThat(e.getMessage()).contains("UTF-8").contains("0xFC").contains("Fix: save the file as UTF-8");
    }

    @Test
    void nesting_hundreds_deep_is_an_error_with_its_place() {
        String deep = "version: 1\ncomponents:\n  - name: " + "[".repeat(1200) + "]".repeat(1200) + "\n";

        ManifestException e = fails(deep);

        assertThat(e.location()).isEqualTo(new Location(3, 11 + YamlTree.MAX_DEPTH + 1 - 4));
        assertThat(e.getMessage())
                .contains("nested more than")
                .contains("Fix:")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void nesting_hundreds_deep_in_block_style_is_an_error_with_its_place() {
        StringBuilder deep = new StringBuilder("version: 1\ncomponents:\n");
        for (int i = 0; i < 1200; i++) {
            deep.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        deep.append("  ".repeat(1201)).append("x\n");

        ManifestException e = fails(deep.toString());

        assertThat(e.location().line()).isEqualTo(YamlTree.MAX_DEPTH + 1);
        assertThat(e.location().column()).isPositive();
        assertThat(e.getMessage())
                .contains("nested more than")
                .contains("Fix:")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void a_byte_order_mark_is_accepted_in_yaml_and_in_json() throws Exception {
        assertThat(ManifestReader.parse(YAML, "\uFEFF" + VALID).components()).hasSize(2);
        Manifest json = ManifestReader.parse(
                Path.of("rust-fit.json"),
                "\uFEFF{\"version\": 1, \"components\": [{\"name\": \"w\", \"modules\": [\"w\"]}]}");
        assertThat(json.components()).extracting(Component::name).containsExactly("w");
        assertThat(json.locations().get("/components/0/name")).isEqualTo(new Location(1, 32));
    }

    @Test
    void a_byte_order_mark_in_a_file_is_accepted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path json = dir.resolve("rust-fit.json");
        java.nio.file.Files.write(
                json, ("\uFEFF{\"version\": 1, \"components\": []}").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(ManifestReader.read(json).version()).isEqualTo(1);
    }

    @Test
    void a_tab_used_for_indentation_is_reported_on_its_own_line() {
        ManifestException e = fails(VALID.replace("    owner: payments-platform", "\towner: payments-platform"));

        assertThat(e.location()).isEqualTo(new Location(6, 1));
        assertThat(e.getMessage()).contains("a tab character").contains("Fix: replace the tab with spaces.");
    }

    @Test
    void a_quote_left_open_is_reported_where_it_opened_in_plain_words_not_where_the_parser_gave_up() {
        String open = VALID.replace("rationale: Parses", "rationale: \"Parses");
        // the next double quote, five lines down, closes the value; SnakeYAML then fails at 18:18
        ManifestException e = fails(open.replace("evidence: sha256:abc", "evidence: \"sha256:abc\""));

        assertThat(e.location()).isEqualTo(new Location(13, 18));
        assertThat(e.getMessage())
                .endsWith(":13:18: a quoted value opened on line 13 is not closed. Fix: end it with \" where the"
                        + " value ends; a \" inside the value is written \\\".");

        // with no quote after it, the text ends inside the value
        ManifestException atTheEnd = fails(open);
        assertThat(atTheEnd.location()).isEqualTo(new Location(13, 18));
        assertThat(atTheEnd.getMessage()).contains("a quoted value opened on line 13 is not closed.");

        ManifestException single = fails(VALID.replace("rationale: Parses", "rationale: 'Parses"));
        assertThat(single.location()).isEqualTo(new Location(13, 18));
        assertThat(single.getMessage())
                .endsWith("a quoted value opened on line 13 is not closed. Fix: end it with ' where the value ends;"
                        + " a ' inside the value is written ''.");
    }

    @Test
    void a_quoted_value_over_several_lines_is_read_and_other_syntax_errors_keep_the_parser_s_place() throws Exception {
        String folded = VALID.replace(
                "rationale: Parses untrusted frames on every request; p99 matters.",
                "rationale: \"Parses untrusted frames\n        on every request\"");
        assertThat(ManifestReader.parse(YAML, folded)
                        .components()
                        .get(0)
                        .review()
                        .rationale())
                .isEqualTo("Parses untrusted frames on every request");

        ManifestException e = fails(VALID.replace("    owner: payments-platform", "    owner: [a"));
        assertThat(e.getMessage()).contains("not valid YAML").doesNotContain("quoted value");
    }

    @Test
    void a_key_given_twice_is_an_error_at_the_second() {
        ManifestException e = fails(VALID.replace("    owner: payments-platform", "    owner: a\n    owner: b"));

        assertThat(e.location()).isEqualTo(new Location(7, 5));
        assertThat(e.getMessage())
                .contains("components[0]: duplicate key 'owner' (first at line 6)")
                .contains("Fix:");
    }

    @Test
    void a_list_or_mapping_written_with_no_value_is_read_as_empty() throws Exception {
        String yaml = VALID.replace("reviewers: [alice, bob]", "reviewers:")
                .replace(
                        "      memorySafetyIncident: yes\n      tailLatencyCritical: unknown\n"
                                + "      sharedInfrastructure: no\n",
                        "");

        Component wire = ManifestReader.parse(YAML, yaml).components().get(0);

        assertThat(wire.answers()).isEmpty();
        assertThat(wire.review().reviewers()).isEmpty();
        assertThat(ManifestReader.parse(YAML, "version: 1\ncomponents:\n").components())
                .isEmpty();
        // a review key with nothing under it records no review: the gate asks for one and
        // rust-fit:review fills it in (issue 12)
        for (String empty : java.util.List.of("review:", "review: ~", "review: {}")) {
            assertThat(ManifestReader.parse(YAML, VALID.replace("modules: [admin]", "modules: [admin]\n    " + empty))
                            .components()
                            .get(1)
                            .review())
                    .as(empty)
                    .isNull();
        }
    }

    @Test
    void answers_are_yes_no_or_unknown_and_json_booleans_but_not_yaml_on_and_off() throws Exception {
        String json = """
                {"version": 1, "components": [{"name": "w", "modules": ["w"],
                  "answers": {"memorySafetyIncident": true, "tailLatencyCritical": false}}]}
                """;

        assertThat(ManifestReader.parse(Path.of("rust-fit.json"), json)
                        .components()
                        .get(0)
                        .answers())
                .containsEntry(Question.MEMORY_SAFETY_INCIDENT, Answer.YES)
                .containsEntry(Question.TAIL_LATENCY_CRITICAL, Answer.NO);
        assertThat(fails(VALID.replace("memorySafetyIncident: yes", "memorySafetyIncident: on"))
                        .getMessage())
                .contains("'on' is not an answer; expected one of yes, no, unknown. Fix: write one of them.");
    }

    @Test
    void a_second_json_value_is_an_error_at_its_start() {
        ManifestException e = catchThrowableOfType(
                ManifestException.class,
                () -> ManifestReader.parse(Path.of("rust-fit.json"), "{\"version\": 1}\n{\"version\": 1}\n"));

        assertThat(e.location()).isEqualTo(new Location(2, 1));
        assertThat(e.getMessage()).contains("a second JSON value").contains("Fix:");
    }

    @Test
    void reads_a_utf_8_file_with_text_beyond_ascii(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("rust-fit.yaml");
        java.nio.file.Files.writeString(file, VALID.replace("p99 matters", "p99 zählt – 速い"));

        Manifest manifest = ManifestReader.read(file);

        assertThat(manifest.components().get(0).review().rationale()).endsWith("p99 zählt – 速い.");
    }

    @Test
    void the_keys_the_reader_knows_are_the_components_and_reviews_fields() {
        String component = fails(VALID.replace("modules: [admin]", "modules: [admin]\n    x: 1"))
                .getMessage();
        String review = fails(VALID.replace("decision: rust-candidate", "decision: rust-candidate\n      x: 1"))
                .getMessage();

        assertThat(component).contains("expected one of " + fields(Component.class) + ".");
        assertThat(review).contains("expected one of " + fields(Review.class) + ".");
    }

    private static String fields(Class<? extends Record> type) {
        return ManifestSchemaTest.recordComponents(type).stream()
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static ManifestException fails(String yaml) {
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> ManifestReader.parse(YAML, yaml));
        assertThat(e).as("a ManifestException for:%n%s", yaml).isNotNull();
        return e;
    }
}
