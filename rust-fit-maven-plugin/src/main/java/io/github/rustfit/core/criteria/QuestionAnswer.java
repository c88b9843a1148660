package io.github.rustfit.core.criteria;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to one of the article's three questions: the one the evidence gives, the one the
 * team declared in its manifest (if any), and why.
 *
 * @param question the question
 * @param inferred the answer the evidence gives
 * @param declared the team's answer from the component manifest, or null when it declared none
 * @param reasons plain sentences naming the evidence that decided the inferred answer
 */
public record QuestionAnswer(Question question, Answer inferred, Answer declared, List<String> reasons) {

    public QuestionAnswer {
        reasons = List.copyOf(reasons);
    }

    /** An answer from the evidence alone. */
    public QuestionAnswer(Question question, Answer inferred, List<String> reasons) {
        this(question, inferred, null, reasons);
    }

    /** The answer that counts: the team's when it declared one, else the inferred one. */
    @JsonProperty(value = "effective", access = JsonProperty.Access.READ_ONLY)
    public Answer effective() {
        return declared != null ? declared : inferred;
    }

    /** True when the team declared an answer that differs from the evidence. */
    public boolean overridden() {
        return declared != null && declared != inferred;
    }

    /** This answer with the team's declared answer (null for none). */
    public QuestionAnswer withDeclared(Answer answer) {
        return new QuestionAnswer(question, inferred, answer, reasons);
    }
}
