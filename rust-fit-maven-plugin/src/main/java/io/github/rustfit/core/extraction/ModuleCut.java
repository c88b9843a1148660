package io.github.rustfit.core.extraction;

import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ExtractionPlan.Crossing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the planner keeps of one module once the module is done: its cut, the callable members of
 * the cut's types with what would cross, what the cut needs, and the uses of the cut by code
 * outside it, which later modules keep adding to. Its size is bounded by the cut's, never the
 * module's.
 */
final class ModuleCut {

    /**
     * A callable member of a type of the cut.
     *
     * @param type the declaring type, qualified
     * @param name the method's name, {@code <init>} for a constructor
     * @param parameters the number of parameters
     * @param signature as shown: {@code byte[] decode(byte[])}
     * @param location {@code file:line}
     * @param visible public (or an interface member) in a public type
     * @param overrides annotated {@code @Override}
     * @param shape bulk, element, stream, callback, graph or control
     * @param crossing its parameter and return types, classified
     * @param exceptions its thrown types as written, with their qualified names
     */
    record Member(
            String type,
            String name,
            int parameters,
            String signature,
            String location,
            boolean visible,
            boolean overrides,
            String shape,
            List<Crossing> crossing,
            Map<String, String> exceptions) {}

    /** Calls of one member from outside the cut. */
    static final class Inbound {
        int sites;
        int inLoops;
        final Map<String, Integer> callers = new TreeMap<>();

        void add(String caller, int count, int loops) {
            sites += count;
            inLoops += loops;
            callers.merge(caller, count, Integer::sum);
        }
    }

    /** Uses of one type of the cut from outside it. */
    static final class Surface {
        int fromModule;
        int fromReactor;
        final Set<String> modules = new TreeSet<>();
    }

    final String artifactId;
    final List<ExtractionPlan.CutClass> classes;
    final long linesOfCode;
    final double strongFitShare;
    final int moduleClasses;
    final boolean bounded;
    final String explanation;
    final String boundedReason;
    final ExtractionPlan.Needs needs;

    /** Every type of the cut, qualified. */
    final Set<String> types;
    /** The public types of the cut. */
    final Set<String> visibleTypes;
    /**
     * The cut's enums, exceptions, flat values and callback interfaces: data and callbacks that would
     * exist on both sides of the boundary, so calls on them are no crossings.
     */
    final Set<String> mirrored;
    /** The interfaces of the cut. */
    final Set<String> interfaces = new java.util.HashSet<>();
    /** The types of the cut that the cut itself calls: an interface among them implemented outside is called back. */
    final Set<String> calledInside = new java.util.HashSet<>();
    /** Per type of the cut, its members, in declaration order. */
    final Map<String, List<Member>> members = new LinkedHashMap<>();
    /** Per type of the cut, its supertypes inside the cut. */
    final Map<String, List<String>> supertypesInside = new HashMap<>();
    /** Per type of the cut, its supertypes outside it, as shown. */
    final Map<String, List<String>> supertypesOutside = new HashMap<>();
    /** Members left out because the cut's types have more than the planner keeps. */
    int membersOmitted;

    /** Calls from outside, by {@code type#method#arity}. */
    final Map<String, Inbound> inbound = new TreeMap<>();
    /** Uses of the cut's types from outside, by type. */
    final Map<String, Surface> surface = new TreeMap<>();
    /** Per caller (this module, or another module's artifactId), its calling classes and call sites. */
    final Map<String, int[]> callers = new TreeMap<>();
    /** Exceptions of the cut that code outside catches in loops and survives, with how often. */
    final Map<String, Integer> controlFlow = new HashMap<>();
    /** Classes outside the cut that extend or implement its types. */
    final Set<String> extendedOutside = new TreeSet<>();

    ModuleCut(
            String artifactId,
            List<ExtractionPlan.CutClass> classes,
            long linesOfCode,
            double strongFitShare,
            int moduleClasses,
            boolean bounded,
            String explanation,
            String boundedReason,
            ExtractionPlan.Needs needs,
            Set<String> types,
            Set<String> visibleTypes,
            Set<String> mirrored) {
        this.artifactId = artifactId;
        this.classes = List.copyOf(classes);
        this.linesOfCode = linesOfCode;
        this.strongFitShare = strongFitShare;
        this.moduleClasses = moduleClasses;
        this.bounded = bounded;
        this.explanation = explanation;
        this.boundedReason = boundedReason;
        this.needs = needs;
        this.types = types;
        this.visibleTypes = visibleTypes;
        this.mirrored = mirrored;
    }

    Inbound inbound(String type, String method, int arity) {
        return inbound.computeIfAbsent(type + "#" + method + "#" + arity, key -> new Inbound());
    }

    Surface surface(String type) {
        return surface.computeIfAbsent(type, key -> new Surface());
    }

    /** Counts one calling class of {@code caller} with its call sites. */
    void caller(String caller, int classes, int sites) {
        int[] seen = callers.computeIfAbsent(caller, key -> new int[2]);
        seen[0] += classes;
        seen[1] += sites;
    }

    List<Member> membersOf(String type) {
        return members.getOrDefault(type, new ArrayList<>());
    }
}
