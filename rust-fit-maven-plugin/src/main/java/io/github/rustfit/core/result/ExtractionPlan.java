package io.github.rustfit.core.result;

import java.util.List;

/**
 * How hard it is to lift a module's hot path out: the cut around its hotspot classes, the surface
 * the rest of the reactor uses it through, what would cross that boundary, what the cut still needs,
 * and what kind of boundary that makes. Everything comes from the sources alone (imports, the
 * package, the reactor's own types); what could not be resolved is listed, never guessed.
 *
 * @param cut the classes that would move together
 * @param entryPoints the methods of the cut that code outside it calls, most call sites first (at most
 *     {@value #MAX_ENTRY_POINTS})
 * @param entryPointsOmitted further entry points counted but not listed
 * @param callers who calls into the cut: the module's other classes, other modules, and code
 *     outside the reactor when the cut is a public API no module of the reactor calls
 * @param surface the types of the cut that code outside it uses, most uses first
 * @param needs what the cut depends on outside itself
 * @param boundary the kind of boundary, why, and which mechanism fits; null when there is no cut (a
 *     module without strong-fit evidence has no hot path to cut around)
 */
public record ExtractionPlan(
        Cut cut,
        List<EntryPoint> entryPoints,
        int entryPointsOmitted,
        List<Caller> callers,
        List<UsedType> surface,
        Needs needs,
        Boundary boundary) {

    /** Entry points listed per plan; the rest are counted. */
    public static final int MAX_ENTRY_POINTS = 25;

    public ExtractionPlan {
        entryPoints = List.copyOf(entryPoints);
        callers = List.copyOf(callers);
        surface = List.copyOf(surface);
    }

    /** What a caller is called when it is the module's own code. */
    public static final String THIS_MODULE = "this module";

    /** What a caller is called when it is code outside the reactor using a public API. */
    public static final String OUTSIDE = "outside the reactor";

    /**
     * Code that calls into the cut.
     *
     * @param name {@value #THIS_MODULE}, another module's artifactId, or {@value #OUTSIDE}
     * @param classes how many of its classes call into the cut (0 when not known)
     * @param callSites how many call sites
     */
    public record Caller(String name, int classes, int callSites) {}

    /**
     * The smallest set of classes around the hotspots that closes over their references to other
     * classes of the module.
     *
     * @param classes the classes, hotspots first
     * @param linesOfCode their lines of code
     * @param strongFitShare their share of the module's strong-fit evidence, 0 to 1
     * @param moduleClasses how many classes (source files) the module has
     * @param bounded true when the closure grew past the bound and was cut short
     * @param explanation how the cut was found, and why it stopped where it did
     */
    public record Cut(
            List<CutClass> classes,
            long linesOfCode,
            double strongFitShare,
            int moduleClasses,
            boolean bounded,
            String explanation) {

        public Cut {
            classes = List.copyOf(classes);
        }
    }

    /**
     * One class of the cut (one source file: its nested and secondary types go with it).
     *
     * @param type the class, qualified by its package
     * @param file its file, relative to the execution root
     * @param linesOfCode its file's lines of code
     * @param strongFit strong-fit occurrences in its file
     * @param hotspot true when it is one of the module's hotspot classes
     */
    public record CutClass(String type, String file, long linesOfCode, int strongFit, boolean hotspot) {}

    /**
     * A method of the cut that code outside it calls: a call across the boundary once the cut moves.
     *
     * @param type the cut's type that declares it (or is called), qualified
     * @param signature its signature as written, such as {@code byte[] decode(byte[])}
     * @param location {@code file:line} of its declaration, or empty when it is inherited from
     *     outside the cut
     * @param callSites call sites outside the cut
     * @param callSitesInLoops of those, call sites inside a loop
     * @param callers who calls it: {@code this module} and other modules' artifactIds, with counts
     * @param reachedThrough the supertype outside the cut it is called through, or empty
     * @param shape how fine-grained it is: {@code bulk}, {@code element}, {@code stream}, {@code
     *     graph} or {@code control}
     * @param crossing every type that crosses with it, classified
     */
    public record EntryPoint(
            String type,
            String signature,
            String location,
            int callSites,
            int callSitesInLoops,
            List<String> callers,
            String reachedThrough,
            String shape,
            List<Crossing> crossing) {

        public EntryPoint {
            callers = List.copyOf(callers);
            crossing = List.copyOf(crossing);
        }
    }

    /**
     * One type that would cross the boundary.
     *
     * @param type the type as written
     * @param role {@code parameter}, {@code return} or {@code throws}
     * @param cheap true when it passes through FFI cheaply
     * @param why what it is: a primitive, a byte array, a callback, an object graph, ...
     */
    public record Crossing(String type, String role, boolean cheap, String why) {}

    /**
     * A type of the cut used from outside it.
     *
     * @param type the type, qualified
     * @param fromModule uses by other classes of the module
     * @param fromReactor uses by other modules of the reactor
     * @param modules the other modules that use it
     */
    public record UsedType(String type, int fromModule, int fromReactor, List<String> modules) {

        public UsedType {
            modules = List.copyOf(modules);
        }
    }

    /**
     * What the cut depends on outside itself.
     *
     * @param thisModule classes of the module outside the cut that it refers to
     * @param modules other reactor modules it refers to, with the types
     * @param libraries third-party libraries it refers to
     * @param facilities JDK facilities without a direct Rust equivalent
     * @param unresolved names that could be resolved neither from imports, nor the package, nor the
     *     reactor's own types
     * @param extendedOutside classes outside the cut that extend or implement its types
     */
    public record Needs(
            List<String> thisModule,
            List<Dependency> modules,
            List<Dependency> libraries,
            List<Facility> facilities,
            List<String> unresolved,
            List<String> extendedOutside) {

        public Needs {
            thisModule = List.copyOf(thisModule);
            modules = List.copyOf(modules);
            libraries = List.copyOf(libraries);
            facilities = List.copyOf(facilities);
            unresolved = List.copyOf(unresolved);
            extendedOutside = List.copyOf(extendedOutside);
        }
    }

    /**
     * A module or library the cut depends on.
     *
     * @param name the reactor module's artifactId, or the library's package
     * @param declaredAs for a library, the declared dependency ({@code groupId:artifactId}) it
     *     comes from, or empty when none of the module's declared dependencies matches
     * @param types the types the cut uses from it, at most a few
     * @param uses how many references the cut makes to it
     */
    public record Dependency(String name, String declaredAs, List<String> types, int uses) {

        public Dependency {
            types = List.copyOf(types);
        }
    }

    /**
     * A JDK facility the cut uses that has no direct equivalent in Rust.
     *
     * @param kind {@code reflection}, {@code serialization} or {@code class loading}
     * @param location {@code file:line} of its first use in the cut
     * @param uses how many uses the cut has
     */
    public record Facility(String kind, String location, int uses) {}

    /**
     * The boundary verdict.
     *
     * @param kind narrow, chatty or wide
     * @param reason why, in plain sentences naming the entry points and types
     * @param mechanism which mechanism fits, in the article's order (FFM, JNI, a sidecar)
     */
    public record Boundary(Kind kind, String reason, String mechanism) {}

    /** The kinds of boundary. */
    public enum Kind {
        /** Few entry points, cheap types: a library behind the Java FFM API or JNI. */
        NARROW,
        /** Fine-grained calls, likely per element or per byte: batch the interface first, or keep it. */
        CHATTY,
        /** An object-graph API: restructure first, or run it as a sidecar behind a message boundary. */
        WIDE
    }
}
