package io.github.rustfit.core.review;

import static io.github.rustfit.core.review.Results.module;
import static io.github.rustfit.core.review.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.result.ModuleResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StarterManifestTest {

    @Test
    void writes_one_component_per_module_with_inferred_answers_as_comments() throws Exception {
        ModuleResult wire = module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40));
        wire = new ModuleResult(
                wire.groupId(),
                wire.artifactId(),
                wire.path(),
                wire.packaging(),
                wire.sourceRoots(),
                wire.files(),
                wire.parseProblems(),
                wire.notes(),
                wire.dependsOn(),
                wire.dependents(),
                wire.signals(),
                wire.criteria(),
                List.of(new QuestionAnswer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, List.of("Decodes bytes."))),
                wire.verdict(),
                wire.rationale(),
                wire.whatWouldChange());

        String text = StarterManifest.render(result(wire, module("admin", Verdict.KEEP, 10, Map.of())));

        Manifest manifest = ManifestReader.parse(Path.of("rust-fit.yaml"), text);
        assertThat(manifest.components()).extracting(Component::name).containsExactly("wire", "admin");
        assertThat(manifest.components().get(0).answers()).isEmpty();
        assertThat(text)
                .contains("    #   memorySafetyIncident: yes\n    #     # Decodes bytes.\n")
                .contains("# wire (wire): verdict STRONG_CANDIDATE, 1000 lines of code, signals: frame x40");
        String uncommented = text.replace("    # answers:", "    answers:")
                .replace("    #   memorySafetyIncident", "      memorySafetyIncident")
                .replace("    #     # Decodes", "      # Decodes");
        assertThat(ManifestReader.parse(Path.of("rust-fit.yaml"), uncommented)
                        .components()
                        .get(0)
                        .answers())
                .containsEntry(Question.MEMORY_SAFETY_INCIDENT, Answer.YES);
    }
}
