package io.github.rustfit.core.extraction;

import io.github.rustfit.core.result.ExtractionPlan.Boundary;
import io.github.rustfit.core.result.ExtractionPlan.Crossing;
import io.github.rustfit.core.result.ExtractionPlan.EntryPoint;
import io.github.rustfit.core.result.ExtractionPlan.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The boundary verdict, in this order:
 *
 * <ol>
 *   <li><b>wide</b> when the cut could not be closed within the bound (the hot path is entangled
 *       with the rest of the module), or code outside the cut extends or implements its types;
 *   <li><b>chatty</b> when at least half of the calls across the boundary (weighed by call sites)
 *       go to per-element entry points (scalars or single objects, with call sites in loops or a
 *       per-element name such as {@code offer}, {@code get}, {@code readByte}) or pull a stream;
 *   <li><b>wide</b> when an entry point passes an object graph or a collection, or throws an
 *       exception callers steer loops with;
 *   <li><b>chatty</b> when an entry point takes a callback or a stream: Rust would call back into
 *       Java once per event or per read;
 *   <li><b>wide</b> when there are more than {@value #MAX_NARROW} entry points;
 *   <li><b>narrow</b> otherwise: few entry points, every type cheap.
 * </ol>
 */
final class BoundaryRule {

    /** At most this many entry points make a narrow boundary. */
    static final int MAX_NARROW = 8;

    /** Share of the call sites at per-element entry points from which a boundary is chatty. */
    static final double CHATTY_SHARE = 0.5;

    static final String FFM_OR_JNI = "FFM (JDK 22 or later) or JNI on older JDKs";

    static final String NARROW_MECHANISM = "A Rust library behind the Java FFM API (JDK 22 or later), or JNI on"
            + " older JDKs; no sidecar is needed.";

    static final String CHATTY_MECHANISM = "Batch the interface first (whole arrays or buffers per call); then "
            + FFM_OR_JNI + " fits. As it stands, keep it on the JVM: per-element calls would spend more on"
            + " crossings than Rust saves.";

    static final String WIDE_MECHANISM = "Restructure it behind a byte- or message-shaped interface first, or run"
            + " it as a sidecar over a socket that exchanges messages rather than objects; " + FFM_OR_JNI
            + " fits only after the restructuring.";

    static final String NO_ENTRY_MECHANISM = "A separate process (a tool, or a sidecar over a socket) needs no"
            + " FFI at all; in-process, " + FFM_OR_JNI + ".";

    /**
     * Names of per-element operations: a queue's, a map's, a reader's ({@code offer}, {@code
     * getIfPresent}, {@code readInt}), not an object model's getters ({@code getManager}).
     */
    private static final Pattern ELEMENT_NAME = Pattern.compile("(offer|poll|put|get|add|push|pop|take|peek|remove"
            + "|contains|read|write|next|hasNext|append|accept|apply|update|set|compute|increment|decrement"
            + "|enqueue|dequeue|send|emit|insert|lookup)(Byte|Bytes|Short|Char|Int|Integer|Long|Float|Double"
            + "|Boolean|Unsigned[A-Za-z]*|Medium|VarInt|Varint|First|Last|IfAbsent|IfPresent|AndGet|AndSet"
            + "|AndIncrement|AndDecrement|Ordered|Lazy|Volatile)?");

    private static final Set<String> SHAPES_COSTLY = Set.of("graph");

    private BoundaryRule() {}

    /** An entry point as the rule weighs it. */
    record Weighed(EntryPoint entry, String name, boolean perElement) {

        int weight() {
            return Math.max(1, entry.callSites());
        }

        boolean costlyException() {
            return entry.crossing().stream().anyMatch(c -> c.role().equals("throws") && !c.cheap());
        }
    }

    /**
     * True when a method of this name and shape is likely called once per element: a stream, a
     * method passing single values that is called in loops or named like a per-element operation,
     * or one that reads or writes a single value in a buffer it is given ({@code readVarInt(buf)}).
     */
    static boolean perElement(String name, String shape, int inLoops, boolean returnsBulk) {
        if (shape.equals("stream")) {
            return true;
        }
        if (shape.equals("bulk")) {
            return !returnsBulk && ELEMENT_NAME.matcher(name).matches();
        }
        if (!shape.equals("element")) {
            return false;
        }
        return inLoops > 0 || ELEMENT_NAME.matcher(name).matches();
    }

    static Boundary decide(List<Weighed> entries, boolean bounded, String boundedReason, List<String> extendedOutside) {
        if (bounded) {
            return new Boundary(Kind.WIDE, boundedReason, WIDE_MECHANISM);
        }
        if (!extendedOutside.isEmpty()) {
            return extendedOutside(extendedOutside);
        }
        if (entries.isEmpty()) {
            return new Boundary(
                    Kind.NARROW,
                    "Nothing outside the cut calls into it by name, and it has no public API: it is reached"
                            + " some other way (a main method, reflection, service loading). Check how before"
                            + " choosing the mechanism.",
                    NO_ENTRY_MECHANISM);
        }
        Tally tally = Tally.of(entries);
        if (tally.share() >= CHATTY_SHARE) {
            return perElement(tally);
        }
        if (!tally.costly().isEmpty()) {
            return costly(tally.costly(), entries);
        }
        if (!tally.upcalls().isEmpty()) {
            return upcalls(tally.upcalls());
        }
        if (entries.size() > MAX_NARROW) {
            return new Boundary(
                    Kind.WIDE,
                    entries.size() + " entry points, all with cheap types, but more than the " + MAX_NARROW
                            + " a narrow boundary has: a broad API; put a small facade in front of it first.",
                    WIDE_MECHANISM);
        }
        return new Boundary(
                Kind.NARROW,
                entries.size() + " entry point" + (entries.size() == 1 ? "" : "s") + " (" + names(entries, 4)
                        + "), every type crossing cheap (" + cheapKinds(entries) + "): a small, byte-shaped"
                        + " boundary.",
                NARROW_MECHANISM);
    }

    /** The entry points sorted into the groups the verdict weighs, with the call sites they take. */
    private record Tally(
            int total,
            int element,
            int elementInLoops,
            List<Weighed> perElement,
            List<Weighed> costly,
            List<Weighed> upcalls) {

        static Tally of(List<Weighed> entries) {
            int total = 0;
            int element = 0;
            int elementInLoops = 0;
            List<Weighed> perElement = new ArrayList<>();
            List<Weighed> costly = new ArrayList<>();
            List<Weighed> upcalls = new ArrayList<>();
            for (Weighed weighed : entries) {
                String shape = weighed.entry().shape();
                if (shape.equals("callback") || shape.equals("stream")) {
                    upcalls.add(weighed);
                }
                total += weighed.weight();
                if (weighed.perElement()) {
                    element += weighed.weight();
                    elementInLoops += weighed.entry().callSitesInLoops();
                    perElement.add(weighed);
                }
                if (SHAPES_COSTLY.contains(weighed.entry().shape()) || weighed.costlyException()) {
                    costly.add(weighed);
                }
            }
            return new Tally(total, element, elementInLoops, perElement, costly, upcalls);
        }

        double share() {
            return element / (double) total;
        }
    }

    private static Boundary extendedOutside(List<String> extendedOutside) {
        return new Boundary(
                Kind.WIDE,
                "Code outside the cut subclasses its classes or implements interfaces it calls ("
                        + list(extendedOutside, 4) + "): a Rust type cannot be subclassed from Java, and"
                        + " calling Java implementations from Rust is a callback per call, so those classes"
                        + " would have to move with it or the types be redesigned.",
                WIDE_MECHANISM);
    }

    private static Boundary perElement(Tally tally) {
        List<Weighed> perElement = tally.perElement();
        List<Weighed> costly = tally.costly();
        int elementInLoops = tally.elementInLoops();
        boolean streams = perElement.stream().anyMatch(w -> w.entry().shape().equals("stream"));
        String reason = String.format(
                        Locale.ROOT,
                        "%.0f%% of the call sites across the boundary go to per-element entry points (%s)",
                        tally.share() * 100,
                        names(perElement, 4))
                + (elementInLoops > 0 ? ", " + elementInLoops + " of them inside loops" : "")
                + (streams
                        ? ": streams are pulled or pushed across it one read or write at a time"
                        : ": each call passes a single value or object")
                + ", so every element would pay an FFI crossing."
                + (costly.isEmpty()
                        ? ""
                        : " Besides, " + names(costly, 3) + " pass" + (costly.size() == 1 ? "es" : "") + " objects.");
        return new Boundary(Kind.CHATTY, reason, CHATTY_MECHANISM);
    }

    private static Boundary costly(List<Weighed> costly, List<Weighed> entries) {
        String kinds = costly.stream()
                .flatMap(w -> w.entry().crossing().stream())
                .filter(c -> !c.cheap())
                .map(BoundaryRule::kindOf)
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return new Boundary(
                Kind.WIDE,
                costly.size() + " of the " + entries.size() + " entry point" + (entries.size() == 1 ? "" : "s")
                        + " pass " + kinds + " (" + names(costly, 4) + "): every call would marshal Java"
                        + " objects across the boundary.",
                WIDE_MECHANISM);
    }

    private static Boundary upcalls(List<Weighed> upcalls) {
        boolean one = upcalls.stream().map(Weighed::name).distinct().count() == 1;
        return new Boundary(
                Kind.CHATTY,
                names(upcalls, 4) + (one ? " takes " : " take ")
                        + (upcalls.stream().anyMatch(w -> w.entry().shape().equals("callback"))
                                ? "a callback: Rust would call back into Java once per event"
                                : "a stream: Rust would pull or push it once per read or write")
                        + ", a crossing per element. Return the results of a whole buffer at once instead.",
                CHATTY_MECHANISM);
    }

    private static String kindOf(Crossing crossing) {
        String why = crossing.why();
        if (why.startsWith("a callback")) {
            return "callbacks";
        }
        if (why.startsWith("a collection") || why.startsWith("an array of")) {
            return "collections";
        }
        if (why.startsWith("an exception")) {
            return "exceptions used for control flow";
        }
        if (why.startsWith("a stream")) {
            return "streams";
        }
        if (why.startsWith("a generic")) {
            return "generic objects";
        }
        return "object graphs";
    }

    private static String cheapKinds(List<Weighed> entries) {
        String kinds = entries.stream()
                .flatMap(w -> w.entry().crossing().stream())
                .map(c -> {
                    String why = c.why();
                    int paren = why.indexOf(" (");
                    return paren < 0 ? why : why.substring(0, paren);
                })
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return kinds.isEmpty() ? "no arguments" : kinds;
    }

    private static String names(List<Weighed> entries, int max) {
        return list(entries.stream().map(Weighed::name).distinct().toList(), max);
    }

    static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
