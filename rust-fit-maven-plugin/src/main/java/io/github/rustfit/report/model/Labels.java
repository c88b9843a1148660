package io.github.rustfit.report.model;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Side;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.report.model.ReportModel.AnswerView;
import io.github.rustfit.report.model.ReportModel.VerdictView;
import java.util.Locale;

/** How verdicts, answers, criteria and questions read in every section of the report. */
public final class Labels {

    private Labels() {}

    /** How a verdict is shown. */
    public static VerdictView verdict(Verdict verdict) {
        return switch (verdict) {
            case STRONG_CANDIDATE -> new VerdictView(verdict.name(), "Strong candidate", "strong", 3);
            case CONSIDER -> new VerdictView(verdict.name(), "Consider", "consider", 2);
            case KEEP -> new VerdictView(verdict.name(), "Keep on the JVM", "keep", 1);
            case NOT_ANALYZED -> new VerdictView(verdict.name(), "Not analysed", "none", 0);
        };
    }

    /** A short heading for a criterion, in the report's words. */
    public static String label(Criterion criterion) {
        return switch (criterion) {
            case SAFETY_CRITICAL_SERVICE -> "Safety-critical service";
            case DATA_PLANE -> "Data plane";
            case FUNDAMENTAL_CONCURRENCY -> "Core concurrency";
            case CONSTRAINED_TARGET -> "Constrained target";
            case WEBASSEMBLY_COMPUTE -> "WebAssembly compute";
            case CRUD_SERVICE -> "CRUD service";
            case PROTOTYPE -> "Prototype";
            case SELF_REFERENTIAL_DATA -> "Self-referential data";
            case NUMERICAL_RESEARCH -> "Numerical research";
        };
    }

    /** A few words naming a question, for headings. */
    public static String shortLabel(Question question) {
        return switch (question) {
            case MEMORY_SAFETY_INCIDENT -> "Memory-safety risk";
            case TAIL_LATENCY_CRITICAL -> "Tail latency";
            case SHARED_INFRASTRUCTURE -> "Shared infra";
        };
    }

    static AnswerView answer(Answer answer) {
        return switch (answer) {
            case YES -> new AnswerView(answer.name(), "Yes", "yes");
            case NO -> new AnswerView(answer.name(), "No", "no");
            case UNKNOWN -> new AnswerView(answer.name(), "Unknown", "unknown");
        };
    }

    static String side(Side side) {
        return side == Side.STRONG_FIT ? "strong-fit" : "avoid";
    }

    /** One decimal, whatever the machine's locale. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A density threshold as a reader writes it: {@code 20}, or {@code 6.5}. */
    static String threshold(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : decimal(value);
    }
}
