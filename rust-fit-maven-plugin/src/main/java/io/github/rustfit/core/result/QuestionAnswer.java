package io.github.rustfit.core.result;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import java.util.List;

/**
 * The inferred answer to one of the article's three questions, and why.
 *
 * @param question the question
 * @param inferred the answer the evidence gives
 * @param reasons plain sentences naming the evidence that decided the answer
 */
public record QuestionAnswer(Question question, Answer inferred, List<String> reasons) {

    public QuestionAnswer {
        reasons = List.copyOf(reasons);
    }
}
