package io.github.rustfit.core.signals.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.signals.ModuleFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResearchModuleSignalTest {

    private final ResearchModuleSignal signal = new ResearchModuleSignal();

    private List<String> inspect(String artifactId, String path) {
        List<String> reported = new ArrayList<>();
        signal.inspect(
                new ModuleFacts(artifactId, path, path + "/pom.xml", "jar", Set.of()),
                (file, line, explanation) -> reported.add(file + ": " + explanation));
        return reported;
    }

    @Test
    void flags_a_module_named_as_machine_learning_code() {
        assertThat(inspect("opennlp-ml-maxent", "opennlp-core/opennlp-ml/opennlp-ml-maxent"))
                .containsExactly("opennlp-core/opennlp-ml/opennlp-ml-maxent/pom.xml: The module name"
                        + " 'opennlp-ml-maxent' has the part 'ml', which marks machine-learning code.");
        assertThat(inspect("deep-learning-models", "models")).hasSize(1);
    }

    @Test
    void does_not_flag_names_that_only_contain_the_letters() {
        assertThat(inspect("html-parser", "html-parser")).isEmpty();
        assertThat(inspect("xml-codec", "xml-codec")).isEmpty();
        assertThat(inspect("yaml", "yaml")).isEmpty();
    }
}
