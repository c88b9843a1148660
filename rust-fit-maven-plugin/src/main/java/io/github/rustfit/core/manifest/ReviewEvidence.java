package io.github.rustfit.core.manifest;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.core.result.SuppressionUse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a review sees of a component: its lines of code, its signal occurrences and its highest
 * verdict, summed over the modules it covers, and the occurrences suppressions set aside there. The
 * digest is computed from this data only, in a canonical form, so equal evidence always gives the
 * same digest; what suppressions set aside is part of it, so a suppression added or widened after
 * a review cannot hide a change from it.
 *
 * @param linesOfCode lines of code over the covered modules
 * @param signals occurrences per signal id over the covered modules
 * @param verdict the highest verdict among the covered modules
 * @param suppressed occurrences per signal id that suppressions set aside in the covered modules
 */
public record ReviewEvidence(
        long linesOfCode, SortedMap<String, Integer> signals, Verdict verdict, SortedMap<String, Integer> suppressed) {

    /** Prefix of every digest, naming the algorithm. */
    public static final String DIGEST_PREFIX = "sha256:";

    /** How long a newly recorded review holds unless told otherwise. */
    public static final int DEFAULT_REVISIT_MONTHS = 6;

    /** How many moves {@link #movesSince} names before it counts the rest. */
    static final int MOVES_SHOWN = 5;

    public ReviewEvidence {
        signals = new TreeMap<>(signals);
        suppressed = suppressed == null ? new TreeMap<>() : new TreeMap<>(suppressed);
    }

    /** Evidence of which no suppression set anything aside. */
    public ReviewEvidence(long linesOfCode, SortedMap<String, Integer> signals, Verdict verdict) {
        this(linesOfCode, signals, verdict, null);
    }

    /** The evidence of the given modules together. */
    public static ReviewEvidence of(Collection<ModuleResult> modules) {
        long lines = 0;
        SortedMap<String, Integer> counts = new TreeMap<>();
        SortedMap<String, Integer> suppressed = new TreeMap<>();
        Verdict highest = Verdict.NOT_ANALYZED;
        for (ModuleResult module : modules) {
            lines += module.sources().files().linesOfCode();
            for (SignalResult signal : module.evidence().signals()) {
                counts.merge(signal.id(), signal.count(), Integer::sum);
            }
            for (SuppressionUse use : module.evidence().suppressions()) {
                use.signals().forEach((id, count) -> suppressed.merge(id, count, Integer::sum));
            }
            if (module.verdict().compareTo(highest) > 0) {
                highest = module.verdict();
            }
        }
        return new ReviewEvidence(lines, counts, highest, suppressed);
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the canonical text of the lines, the signal counts and
     * (when there are any) the counts suppressions set aside. Without suppressions it is the digest
     * earlier versions recorded.
     */
    public String digest() {
        StringBuilder canonical = new StringBuilder("rust-fit-evidence 1\n");
        canonical.append("linesOfCode ").append(linesOfCode).append('\n');
        signals.forEach((id, count) ->
                canonical.append("signal ").append(id).append(' ').append(count).append('\n'));
        suppressed.forEach((id, count) -> canonical
                .append("suppressed ")
                .append(id)
                .append(' ')
                .append(count)
                .append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return DIGEST_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /**
     * How far this evidence moved from what a review recorded: the larger of the relative change
     * in lines of code and the signal occurrences that changed relative to those reviewed. Zero
     * when the digests match; infinite when the review recorded nothing to compare with.
     */
    public double driftSince(Review review) {
        if (digest().equals(review.seen().evidence())) {
            return 0;
        }
        if (review.seen().linesOfCode() == null || review.seen().signals() == null) {
            return Double.POSITIVE_INFINITY;
        }
        long reviewedLines = review.seen().linesOfCode();
        double lines = Math.abs(linesOfCode - reviewedLines) / (double) Math.max(1, reviewedLines);
        Map<String, Integer> then = review.seen().signals();
        long changed = 0;
        long reviewedTotal = 0;
        SortedMap<String, Integer> all = new TreeMap<>(then);
        signals.forEach(all::putIfAbsent);
        for (String id : all.keySet()) {
            int before = then.getOrDefault(id, 0);
            changed += Math.abs(signals.getOrDefault(id, 0) - before);
            reviewedTotal += before;
        }
        double signalDrift = changed / (double) Math.max(1, reviewedTotal);
        return Math.max(lines, signalDrift);
    }

    /**
     * What moved since a review recorded its counts, largest change first: each signal whose count
     * changed and the lines of code, as {@code <signal> <then> -> <now>}; at most
     * {@value #MOVES_SHOWN}, then how many more.
     */
    public List<String> movesSince(Review review) {
        if (review.seen().linesOfCode() == null || review.seen().signals() == null) {
            return List.of();
        }
        record Move(String what, long then, long now) {}
        List<Move> moves = new ArrayList<>();
        SortedMap<String, Integer> all = new TreeMap<>(review.seen().signals());
        signals.forEach(all::putIfAbsent);
        all.keySet()
                .forEach(id -> moves.add(
                        new Move(id, review.seen().signals().getOrDefault(id, 0), signals.getOrDefault(id, 0))));
        moves.add(new Move("lines of code", review.seen().linesOfCode(), linesOfCode));
        List<String> shown = moves.stream()
                .filter(move -> move.then() != move.now())
                .sorted(Comparator.comparingLong((Move move) -> -Math.abs(move.now() - move.then()))
                        .thenComparing(Move::what))
                .map(move -> move.what() + " " + move.then() + " -> " + move.now())
                .toList();
        if (shown.size() <= MOVES_SHOWN) {
            return shown;
        }
        List<String> cut = new ArrayList<>(shown.subList(0, MOVES_SHOWN));
        cut.add((shown.size() - MOVES_SHOWN) + " more");
        return cut;
    }

    /**
     * The occurrences, per signal id, that suppressions set aside now beyond what they set aside
     * when the review was made: a suppression added or widened since. Empty when the digests match.
     */
    public SortedMap<String, Integer> setAsideSince(Review review) {
        SortedMap<String, Integer> more = new TreeMap<>();
        if (digest().equals(review.seen().evidence())) {
            return more;
        }
        Map<String, Integer> then =
                review.seen().suppressed() == null ? Map.of() : review.seen().suppressed();
        suppressed.forEach((id, count) -> {
            int added = count - then.getOrDefault(id, 0);
            if (added > 0) {
                more.put(id, added);
            }
        });
        return more;
    }

    /** What a review made now would see: this evidence's digest, counts, verdict and what suppressions set aside. */
    public Review.Seen seen() {
        return new Review.Seen(verdict, digest(), linesOfCode, signals, suppressed.isEmpty() ? null : suppressed);
    }
}
