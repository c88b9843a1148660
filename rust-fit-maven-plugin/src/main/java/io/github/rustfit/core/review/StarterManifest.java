package io.github.rustfit.core.review;

import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import java.util.Locale;

/**
 * The text of a first manifest for a reactor: one component per module with code, its lifecycle
 * and the answers the code suggests left as comments for the team to confirm, and its evidence
 * summarised.
 */
public final class StarterManifest {

    private StarterManifest() {}

    public static String render(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        out.append("# rust-fit component manifest: which modules make up each component, the team's own\n");
        out.append("# answers to the three questions, and the fit review of each component.\n");
        out.append("# Written by mvn rust-fit:init from the code. Confirm each commented line, then uncomment it.\n");
        out.append("# Record a review with: mvn rust-fit:review -Drustfit.module=<module>");
        out.append(" -Drustfit.decision=<rust-candidate|stay-on-jvm|revisit> -Drustfit.rationale=\"...\"");
        out.append(" -Drustfit.reviewers=<names>\n");
        out.append("# JSON Schema: io/github/rustfit/rust-fit-manifest.schema.json in the plugin jar.\n");
        out.append("version: 1\n");
        out.append("components:\n");
        boolean any = false;
        for (ModuleResult module : result.modules()) {
            if ("pom".equals(module.packaging()) && module.verdict() == Verdict.NOT_ANALYZED) {
                continue; // an aggregator holds no code to place in a component
            }
            any = true;
            ReviewEvidence evidence = ReviewEvidence.of(java.util.List.of(module));
            out.append('\n');
            out.append("  # ")
                    .append(module.artifactId())
                    .append(module.path().equals(".") ? "" : " (" + module.path() + ")")
                    .append(": ")
                    .append(ReviewYaml.evidenceSummary(module))
                    .append('\n');
            out.append("  #   evidence ").append(evidence.digest()).append('\n');
            out.append("  - name: ")
                    .append(ReviewYaml.scalar(module.artifactId()))
                    .append('\n');
            out.append("    modules: [")
                    .append(ReviewYaml.scalar(module.artifactId()))
                    .append("]\n");
            out.append("    # lifecycle: production   # prototype | experimental | production | deprecated\n");
            out.append("    # owner: <team>\n");
            out.append("    # answers:                # what the code suggests; confirm or correct each one\n");
            for (QuestionAnswer answer : module.questions()) {
                out.append("    #   ")
                        .append(answer.question().key())
                        .append(": ")
                        .append(answer.inferred().name().toLowerCase(Locale.ROOT))
                        .append('\n');
                for (String reason : answer.reasons()) {
                    out.append("    #     # ").append(reason).append('\n');
                }
            }
        }
        if (!any) {
            out.setLength(out.length() - "components:\n".length());
            out.append("components: []\n");
        }
        return out.toString();
    }
}
