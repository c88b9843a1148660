package io.github.rustfit.core.manifest;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One component of the manifest: a named group of Maven modules with an owner, the team's
 * answers to the article's questions and, once done, its fit review.
 *
 * @param name the component's unique name
 * @param modules the Maven artifactIds or module paths (relative to the reactor root) it covers
 * @param lifecycle where it stands, or null when not declared
 * @param owner the owning team, or null
 * @param answers the team's answers; they override the answers the code suggests
 * @param review the recorded review, or null when none was recorded
 */
public record Component(
        String name,
        List<String> modules,
        Lifecycle lifecycle,
        String owner,
        Map<Question, Answer> answers,
        Review review) {

    public Component {
        modules = modules == null ? List.of() : List.copyOf(modules);
        answers = answers == null || answers.isEmpty() ? Map.of() : new EnumMap<>(answers);
    }

    /** True when this component names the module by its artifactId or its path. */
    public boolean covers(String artifactId, String path) {
        return modules.contains(artifactId) || modules.contains(path);
    }
}
