package io.github.rustfit.core.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Finds the cut: the classes reachable from a hotspot over references within the module (the other
 * hotspots it reaches come with it). The hotspot whose closure holds most strong-fit evidence is
 * cut, unless that closure is larger than {@link #MAX_CUT} classes (entangled with its module)
 * while another hotspot's, holding at least {@link #WORTHWHILE} of that evidence, closes within the
 * bound: a cut that can be made is worth more than one that cannot. Hotspots outside the cut are
 * named as cuts of their own. An entangled closure is cut short at {@link #MAX_CUT} classes,
 * nearest the hotspots first.
 */
final class CutFinder {

    /** The most classes a cut may hold before it counts as entangled with its module. */
    static final int MAX_CUT = 30;

    /** A hot path that closes is preferred to an entangled one holding at most this many times its evidence. */
    static final double WORTHWHILE = 0.25;

    /**
     * A cut.
     *
     * @param nodes the files of the cut, hotspots first, then by distance from them
     * @param hotspots the hotspots the cut was grown from
     * @param closure how many files the full closure holds (more than {@code nodes} when bounded)
     * @param others hotspots outside the cut
     * @param entangled the hot path passed over because it holds more evidence but does not close
     *     within the bound, or null
     */
    record Cut(List<Integer> nodes, List<Integer> hotspots, int closure, List<Integer> others, Entangled entangled) {

        boolean bounded() {
            return closure > nodes.size();
        }
    }

    /**
     * A hot path passed over because it does not close within the bound.
     *
     * @param hotspots its hotspots that are not in the cut
     * @param closure how many files its closure reaches
     */
    record Entangled(List<Integer> hotspots, int closure) {}

    private CutFinder() {}

    /**
     * @param edges per file, the files it refers to with how often
     * @param hotspots the hotspot files, most evidence first
     * @param strongFit per file, its strong-fit occurrences
     */
    static Cut find(List<Map<Integer, Integer>> edges, List<Integer> hotspots, int[] strongFit) {
        int n = edges.size();
        int count = hotspots.size();
        List<BitSet> closures = new ArrayList<>();
        long[] evidence = new long[count];
        for (int i = 0; i < count; i++) {
            BitSet closure = reach(edges, List.of(hotspots.get(i)), n, Integer.MAX_VALUE).set;
            closures.add(closure);
            evidence[i] = closure.stream().mapToLong(node -> strongFit[node]).sum();
        }
        int best = better(closures, evidence, -1, Integer.MAX_VALUE);
        int entangled = -1;
        if (closures.get(best).cardinality() > MAX_CUT) {
            int closing = better(closures, evidence, -1, MAX_CUT);
            if (closing >= 0 && evidence[closing] >= WORTHWHILE * evidence[best]) {
                entangled = best;
                best = closing;
            }
        }
        BitSet cut = closures.get(best);
        List<Integer> chosen = new ArrayList<>();
        chosen.add(hotspots.get(best));
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i != best) {
                (cut.get(hotspots.get(i)) ? chosen : others).add(hotspots.get(i));
            }
        }
        Entangled passedOver = null;
        if (entangled >= 0) {
            List<Integer> around = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (closures.get(entangled).get(hotspots.get(i)) && !cut.get(hotspots.get(i))) {
                    around.add(hotspots.get(i));
                }
            }
            passedOver = new Entangled(around, closures.get(entangled).cardinality());
        }
        Reach kept = reach(edges, chosen, n, MAX_CUT);
        return new Cut(kept.order, chosen, cut.cardinality(), others, passedOver);
    }

    /** The hotspot whose closure (of at most {@code maxSize} files) holds most evidence, the smaller on a tie; -1 if none. */
    private static int better(List<BitSet> closures, long[] evidence, int none, int maxSize) {
        int best = none;
        for (int i = 0; i < closures.size(); i++) {
            int size = closures.get(i).cardinality();
            if (size > maxSize) {
                continue;
            }
            if (best < 0
                    || evidence[i] > evidence[best]
                    || evidence[i] == evidence[best]
                            && size < closures.get(best).cardinality()) {
                best = i;
            }
        }
        return best;
    }

    private record Reach(BitSet set, List<Integer> order) {}

    /** Breadth first from {@code sources}; within a level, the most referred-to files first. */
    private static Reach reach(List<Map<Integer, Integer>> edges, List<Integer> sources, int n, int limit) {
        BitSet seen = new BitSet(n);
        List<Integer> order = new ArrayList<>();
        Deque<Integer> level = new ArrayDeque<>();
        for (int source : sources) {
            if (!seen.get(source) && order.size() < limit) {
                seen.set(source);
                order.add(source);
                level.add(source);
            }
        }
        while (!level.isEmpty() && order.size() < limit) {
            long[] weight = new long[n];
            BitSet next = new BitSet(n);
            for (int node : level) {
                for (Map.Entry<Integer, Integer> edge : edges.get(node).entrySet()) {
                    if (!seen.get(edge.getKey())) {
                        next.set(edge.getKey());
                        weight[edge.getKey()] += edge.getValue();
                    }
                }
            }
            List<Integer> candidates = new ArrayList<>();
            next.stream().forEach(candidates::add);
            candidates.sort(
                    (a, b) -> weight[a] != weight[b] ? Long.compare(weight[b], weight[a]) : Integer.compare(a, b));
            level.clear();
            for (int candidate : candidates) {
                if (order.size() == limit) {
                    break;
                }
                seen.set(candidate);
                order.add(candidate);
                level.add(candidate);
            }
        }
        return new Reach(seen, order);
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int a, int b) {
        int ra = find(group, a);
        int rb = find(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
