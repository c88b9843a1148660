package io.github.rustfit.core.extraction;

import io.github.rustfit.core.extraction.Crossings.Category;
import io.github.rustfit.core.extraction.Crossings.Classified;
import io.github.rustfit.core.extraction.FileFacts.Call;
import io.github.rustfit.core.extraction.FileFacts.DeclaredType;
import io.github.rustfit.core.extraction.FileFacts.Facility;
import io.github.rustfit.core.extraction.FileFacts.Kind;
import io.github.rustfit.core.extraction.FileFacts.Method;
import io.github.rustfit.core.extraction.ModuleOutline.Entry;
import io.github.rustfit.core.extraction.Resolver.Scope;
import io.github.rustfit.core.extraction.Resolver.Target;
import io.github.rustfit.core.extraction.Resolver.Where;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ExtractionPlan.Boundary;
import io.github.rustfit.core.result.ExtractionPlan.Caller;
import io.github.rustfit.core.result.ExtractionPlan.Crossing;
import io.github.rustfit.core.result.ExtractionPlan.CutClass;
import io.github.rustfit.core.result.ExtractionPlan.Dependency;
import io.github.rustfit.core.result.ExtractionPlan.EntryPoint;
import io.github.rustfit.core.result.ExtractionPlan.Needs;
import io.github.rustfit.core.result.ExtractionPlan.UsedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Works out an extraction plan for each module from what its files declare and refer to, with no
 * class path: module by module, in reactor order (a module's dependencies before it), so that when a
 * module is done every module it can refer to is known. For each module it resolves its files'
 * names, finds the cut around its hotspots, classifies what the cut's members would pass across a
 * boundary, notes what the cut needs, and counts the calls the module makes into the cuts of the
 * modules before it; then it keeps only that summary. Plans are put together once every module is
 * done, since a module's callers come after it.
 */
public final class ExtractionPlanner {

    /** The most members kept per cut; a cut with more is a broad API whatever they are. */
    static final int MAX_MEMBERS = 600;

    /** The most names listed per kind of need. */
    static final int MAX_LISTED = 20;

    /** Types named per needed module or library. */
    static final int MAX_TYPES_PER_DEPENDENCY = 5;

    /** Types listed on the surface. */
    static final int MAX_SURFACE = 15;

    /** Words of artifactIds that say nothing about the packages inside. */
    private static final Set<String> GENERIC_WORDS =
            Set.of("commons", "core", "api", "java", "lib", "jdk", "all", "common", "parent", "impl", "jvm");

    private static final Set<String> OBJECT_METHODS =
            Set.of("toString", "equals", "hashCode", "getClass", "clone", "finalize", "wait", "notify", "notifyAll");

    /**
     * A module as the planner knows it.
     *
     * @param key {@code groupId:artifactId}
     * @param artifactId its artifactId
     * @param path its path relative to the execution root
     * @param dependencies its declared dependencies, as {@code groupId:artifactId}
     */
    public record Module(String key, String artifactId, String path, List<String> dependencies) {

        public Module {
            dependencies = List.copyOf(dependencies);
        }
    }

    private final Set<String> requested;
    private final TypeIndex index = new TypeIndex();
    private final List<String> artifactIds = new ArrayList<>();
    private final List<ModuleCut> cutsByIndex = new ArrayList<>();
    private final Map<String, ModuleCut> cuts = new HashMap<>();
    private final Map<String, String> withoutCut = new HashMap<>();
    /** The artifactIds of the modules done so far, by {@code groupId:artifactId}. */
    private final Map<String, String> moduleKeys = new HashMap<>();
    /** The module being done's resolver; null between modules. */
    private Resolver resolver;

    /** @param planFor artifactIds or paths of modules to plan whatever their verdict */
    public ExtractionPlanner(Collection<String> planFor) {
        this.requested = Set.copyOf(planFor);
    }

    /** True when the user asked for a plan of this module. */
    public boolean requested(String artifactId, String path) {
        return requested.contains(artifactId) || requested.contains(path);
    }

    /**
     * Takes in one module, once all its files are tallied; the outline can be dropped afterwards.
     *
     * @param hotspotFiles the module's hotspot files, most evidence first
     */
    public void moduleDone(Module module, ModuleOutline outline, List<String> hotspotFiles) {
        int moduleIndex = artifactIds.size();
        artifactIds.add(module.artifactId());
        moduleKeys.put(module.key(), module.artifactId());
        List<Entry> files = outline.files();
        Map<String, Integer> local = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            for (DeclaredType type : files.get(i).facts().types()) {
                local.putIfAbsent(qualify(files.get(i).packageName(), type.name()), i);
            }
        }
        resolver = new Resolver(local, index);
        List<Resolved> resolved = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            resolved.add(resolve(files.get(i), i));
        }
        List<Map<Integer, Integer>> edges = edges(resolved);
        Map<String, Integer> flags = flags(files, resolved, local);

        List<Integer> hotspots = new ArrayList<>();
        for (String hotspot : hotspotFiles) {
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).file().equals(hotspot)
                        && !files.get(i).facts().types().isEmpty()) {
                    hotspots.add(i);
                }
            }
        }
        ModuleCut cut = null;
        if (hotspots.isEmpty()) {
            withoutCut.put(
                    module.key(),
                    "No class of " + module.artifactId() + " carries strong-fit evidence, so there is no hot path"
                            + " to cut around.");
        } else {
            cut = cut(module, files, resolved, edges, flags, hotspots, outline.strongFit());
            cuts.put(module.key(), cut);
        }
        cutsByIndex.add(cut);
        countCallsIntoEarlierCuts(module.artifactId(), resolved);
        for (int i = 0; i < files.size(); i++) {
            Entry file = files.get(i);
            if (!file.packageName().isEmpty() || !file.facts().types().isEmpty()) {
                index.addPackage(file.packageName(), moduleIndex);
            }
            for (DeclaredType type : file.facts().types()) {
                String name = qualify(file.packageName(), type.name());
                int typeFlags = flags.getOrDefault(name, 0);
                if (cut != null && cut.types.contains(name)) {
                    typeFlags |= TypeIndex.IN_CUT;
                }
                index.add(name, moduleIndex, typeFlags);
            }
        }
        resolver = null;
    }

    /**
     * The plan of a module, when it has been done; a module without hotspots gets a plan without a
     * cut.
     *
     * @param runsAsService whether the module runs as a service of its own: its public types are then
     *     no API for code outside the reactor
     */
    public Optional<ExtractionPlan> plan(String key, boolean runsAsService) {
        ModuleCut cut = cuts.get(key);
        if (cut == null) {
            String why = withoutCut.get(key);
            return why == null
                    ? Optional.empty()
                    : Optional.of(new ExtractionPlan(
                            new ExtractionPlan.Cut(List.of(), 0, 0, 0, false, why),
                            List.of(),
                            0,
                            List.of(),
                            List.of(),
                            new Needs(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                            null));
        }
        return Optional.of(assemble(cut, runsAsService));
    }

    // ---------------------------------------------------------------- resolution

    /** One file's names, resolved. */
    private static final class Resolved {
        final int index;
        final Entry entry;
        final Scope scope;
        final Target[] uses;
        final Target[] calls;
        final Target[][] supertypes;
        final Target[] caught;

        Resolved(int index, Entry entry, Scope scope) {
            this.index = index;
            this.entry = entry;
            this.scope = scope;
            FileFacts facts = entry.facts();
            this.uses = new Target[facts.uses().size()];
            this.calls = new Target[facts.calls().size()];
            this.supertypes = new Target[facts.types().size()][];
            this.caught = new Target[facts.caught().size()];
        }

        interface Visitor {
            void visit(Target target, int count);
        }

        void forEachTarget(Visitor visitor) {
            FileFacts facts = entry.facts();
            for (int i = 0; i < uses.length; i++) {
                visitor.visit(uses[i], facts.uses().get(i).count());
            }
            for (int i = 0; i < calls.length; i++) {
                visitor.visit(calls[i], facts.calls().get(i).count());
            }
            for (Target[] ofType : supertypes) {
                for (Target target : ofType) {
                    visitor.visit(target, 1);
                }
            }
        }
    }

    private Resolved resolve(Entry entry, int position) {
        Scope scope = new Scope(entry.packageName(), entry.facts());
        Resolved file = new Resolved(position, entry, scope);
        FileFacts facts = entry.facts();
        for (int i = 0; i < file.uses.length; i++) {
            file.uses[i] = resolver.resolve(scope, facts.uses().get(i).name());
        }
        for (int i = 0; i < file.calls.length; i++) {
            file.calls[i] = resolver.resolve(scope, facts.calls().get(i).type());
        }
        for (int i = 0; i < file.supertypes.length; i++) {
            List<String> supertypes = facts.types().get(i).supertypes();
            file.supertypes[i] = new Target[supertypes.size()];
            for (int j = 0; j < supertypes.size(); j++) {
                file.supertypes[i][j] = resolver.resolve(scope, supertypes.get(j));
            }
        }
        for (int i = 0; i < file.caught.length; i++) {
            file.caught[i] = resolver.resolve(scope, facts.caught().get(i).name());
        }
        return file;
    }

    private static String qualify(String packageName, String name) {
        return packageName.isEmpty() ? name : packageName + "." + name;
    }

    /**
     * Per file, the files of the module it refers to. A supertype shared by several classes of the
     * module (an abstract base, a common interface) is no reason to move: it stays on the JVM as the
     * shell its other subclasses keep using, and a class of the cut is reached through it.
     */
    private static List<Map<Integer, Integer>> edges(List<Resolved> resolved) {
        Map<String, Integer> subclasses = new HashMap<>();
        for (Resolved file : resolved) {
            for (Target[] ofType : file.supertypes) {
                for (Target target : ofType) {
                    if (target.where() == Where.LOCAL) {
                        subclasses.merge(target.name(), 1, Integer::sum);
                    }
                }
            }
        }
        List<Map<Integer, Integer>> edges = new ArrayList<>(resolved.size());
        for (Resolved file : resolved) {
            Map<Integer, Integer> out = new HashMap<>();
            FileFacts facts = file.entry.facts();
            for (int i = 0; i < file.uses.length; i++) {
                edge(out, file, file.uses[i], facts.uses().get(i).count());
            }
            for (int i = 0; i < file.calls.length; i++) {
                edge(out, file, file.calls[i], facts.calls().get(i).count());
            }
            for (Target[] ofType : file.supertypes) {
                for (Target target : ofType) {
                    if (subclasses.getOrDefault(target.name(), 0) <= 1) {
                        edge(out, file, target, 1);
                    }
                }
            }
            edges.add(out);
        }
        return edges;
    }

    private static void edge(Map<Integer, Integer> out, Resolved file, Target target, int count) {
        if (target.where() == Where.LOCAL && target.file() != file.index) {
            out.merge(target.file(), count, Integer::sum);
        }
    }

    // ---------------------------------------------------------------- type facts

    /** Enum, flat value, buffer, callback, exception and interface flags of the module's types. */
    private Map<String, Integer> flags(List<Entry> files, List<Resolved> resolved, Map<String, Integer> local) {
        Map<String, DeclaredType> declared = new HashMap<>();
        Map<String, Resolved> declaredIn = new HashMap<>();
        for (Resolved file : resolved) {
            for (DeclaredType type : file.entry.facts().types()) {
                String name = qualify(file.entry.packageName(), type.name());
                declared.putIfAbsent(name, type);
                declaredIn.putIfAbsent(name, file);
            }
        }
        Map<String, Integer> flags = new HashMap<>();
        ModuleTypes types = new ModuleTypes(declared, declaredIn, new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (String name : declared.keySet()) {
            DeclaredType type = declared.get(name);
            int value = 0;
            if (type.kind() == Kind.ENUM) {
                value |= TypeIndex.ENUM;
            }
            if (type.callback()) {
                value |= TypeIndex.CALLBACK;
            }
            if (type.kind() == Kind.INTERFACE) {
                value |= TypeIndex.INTERFACE;
            }
            if (type.kind() == Kind.RECORD) {
                value |= TypeIndex.RECORD;
            }
            if (isException(name, types, 0)) {
                value |= TypeIndex.EXCEPTION;
            }
            if (isFlat(name, types, 0)) {
                value |= TypeIndex.FLAT;
            } else if (isBuffer(name, types, 0)) {
                value |= TypeIndex.BUFFER;
            }
            flags.put(name, value);
        }
        return flags;
    }

    /**
     * The module's own types by qualified name and the file declaring each, with what was worked out
     * of them so far.
     */
    private record ModuleTypes(
            Map<String, DeclaredType> declared,
            Map<String, Resolved> declaredIn,
            Map<String, Boolean> exception,
            Map<String, Boolean> flat,
            Map<String, Boolean> buffer) {}

    /**
     * {@code test} of the type {@code name}, worked out once: a type met again while it is being
     * worked out (one that contains or extends itself) counts as false.
     */
    private static boolean once(Map<String, Boolean> memo, String name, Predicate<String> test) {
        Boolean known = memo.get(name);
        if (known != null) {
            return known;
        }
        memo.put(name, false);
        boolean result = test.test(name);
        memo.put(name, result);
        return result;
    }

    /** The resolved supertypes of the module's type {@code name}, in the order its declaration writes them. */
    private static Target[] supertypesOf(String name, DeclaredType type, ModuleTypes types) {
        Resolved file = types.declaredIn().get(name);
        return file.supertypes[file.entry.facts().types().indexOf(type)];
    }

    private boolean isException(String name, ModuleTypes types, int depth) {
        return once(types.exception(), name, n -> extendsAnException(n, types, depth));
    }

    private boolean extendsAnException(String name, ModuleTypes types, int depth) {
        DeclaredType type = types.declared().get(name);
        if (type == null || depth >= 8) {
            return false;
        }
        Target[] supertypes = supertypesOf(name, type, types);
        for (int i = 0; i < type.supertypes().size(); i++) {
            String written = type.supertypes().get(i);
            String simple = written.substring(written.lastIndexOf('.') + 1);
            Target target = supertypes[i];
            if (simple.endsWith("Exception")
                    || simple.endsWith("Error")
                    || simple.equals("Throwable")
                    || target.where() == Where.LOCAL && isException(target.name(), types, depth + 1)
                    || target.where() == Where.REACTOR && (index.flags(target.name()) & TypeIndex.EXCEPTION) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A record, or an immutable class without a supertype, whose instance fields are all primitives,
     * strings, byte arrays, enums or flat: a value, a struct on the other side. A class with mutable
     * fields is a stateful object however plain its fields.
     */
    private boolean isFlat(String name, ModuleTypes types, int depth) {
        return once(types.flat(), name, n -> flatValue(n, types, depth));
    }

    private boolean flatValue(String name, ModuleTypes types, int depth) {
        DeclaredType type = types.declared().get(name);
        return type != null
                && depth < 4
                && (type.kind() == Kind.RECORD
                        || type.kind() == Kind.CLASS && type.supertypes().isEmpty() && type.immutable())
                && cheapFields(name, type, types, depth);
    }

    /**
     * A class shaped like a buffer ({@link DeclaredType#buffer()}: bytes kept with a position, offset
     * or limit), or extending one, whose other instance fields are cheap too: its memory passes
     * through FFI as a {@code ByteBuffer}'s does, whatever the class is called. Unlike a flat value it
     * may change (a position moves). Its supertypes of this reactor may add no other state: each is
     * an interface, such a buffer, or (of this module) a class without instance fields. Bytes kept
     * with a reference to another object of the reactor are an object graph.
     */
    private boolean isBuffer(String name, ModuleTypes types, int depth) {
        return once(types.buffer(), name, n -> bufferShaped(n, types, depth));
    }

    private boolean bufferShaped(String name, ModuleTypes types, int depth) {
        DeclaredType type = types.declared().get(name);
        if (type == null || depth >= 4 || type.kind() != Kind.CLASS) {
            return false;
        }
        if (!type.buffer() && type.supertypes().isEmpty()) {
            return false; // most classes: no shape of their own and none to inherit, so no type lookups
        }
        boolean shaped = type.buffer();
        for (Target target : supertypesOf(name, type, types)) {
            int flags = asSupertype(target, types, depth + 1);
            if ((flags & TypeIndex.BUFFER) != 0) {
                shaped = true;
            } else if ((flags & TypeIndex.INTERFACE) == 0) {
                return false;
            }
        }
        // a class that keeps no fields of its own is its buffer supertype's memory
        return shaped && (type.fields().isEmpty() || cheapFields(name, type, types, depth));
    }

    /**
     * A supertype as a buffer's supertype: {@link TypeIndex#BUFFER} for a buffer, {@link
     * TypeIndex#INTERFACE} when it adds no state of this reactor (an interface, a class of this module
     * that keeps no instance fields and whose own supertypes add none, a type of the JDK or a
     * library), else 0.
     */
    private int asSupertype(Target target, ModuleTypes types, int depth) {
        if (target.where() == Where.REACTOR) {
            return index.flags(target.name()) & (TypeIndex.BUFFER | TypeIndex.INTERFACE);
        }
        if (target.where() != Where.LOCAL) {
            return TypeIndex.INTERFACE;
        }
        String name = target.name();
        DeclaredType type = types.declared().get(name);
        if (type == null || depth >= 4) {
            return 0;
        }
        if (type.kind() == Kind.INTERFACE) {
            return TypeIndex.INTERFACE;
        }
        if (isBuffer(name, types, depth)) {
            return TypeIndex.BUFFER;
        }
        if (type.kind() != Kind.CLASS || !type.fields().isEmpty()) {
            return 0;
        }
        for (Target supertype : supertypesOf(name, type, types)) {
            if (asSupertype(supertype, types, depth + 1) != TypeIndex.INTERFACE) {
                return 0;
            }
        }
        return TypeIndex.INTERFACE;
    }

    /** True when the type has instance fields, all kept and all cheap through FFI. */
    private boolean cheapFields(String name, DeclaredType type, ModuleTypes types, int depth) {
        if (type.fields().isEmpty() || type.fields().contains("...")) {
            return false;
        }
        Resolved file = types.declaredIn().get(name);
        Set<String> variables = new HashSet<>(type.typeParameters());
        for (String field : type.fields()) {
            Classified classified = Crossings.classify(
                    field, "field", variables, written -> resolverFor(file).apply(written), target -> {
                        if (target.where() == Where.LOCAL) {
                            DeclaredType other = types.declared().get(target.name());
                            if (other != null && other.kind() == Kind.ENUM) {
                                return TypeIndex.ENUM;
                            }
                            if (isFlat(target.name(), types, depth + 1)) {
                                return TypeIndex.FLAT;
                            }
                            return isBuffer(target.name(), types, depth + 1) ? TypeIndex.BUFFER : 0;
                        }
                        return index.flags(target.name());
                    });
            if (!classified.crossing().cheap()) {
                return false;
            }
        }
        return true;
    }

    /** How names written in {@code file} resolve. */
    private Function<String, Target> resolverFor(Resolved file) {
        Resolver current = resolver;
        return written -> current.resolve(file.scope, written);
    }

    // ---------------------------------------------------------------- the cut

    private ModuleCut cut(
            Module module,
            List<Entry> files,
            List<Resolved> resolved,
            List<Map<Integer, Integer>> edges,
            Map<String, Integer> flags,
            List<Integer> hotspots,
            int moduleStrongFit) {
        int[] strongFit = new int[files.size()];
        int moduleClasses = 0;
        for (int i = 0; i < files.size(); i++) {
            strongFit[i] = files.get(i).strongFit();
            if (!files.get(i).facts().types().isEmpty()) {
                moduleClasses++;
            }
        }
        CutFinder.Cut found = CutFinder.find(edges, hotspots, strongFit);
        Set<Integer> inCut = new LinkedHashSet<>(found.nodes());
        Set<Integer> hotspotSet = new HashSet<>(found.hotspots());
        Contents contents = Contents.of(files, found, hotspotSet);
        double share = moduleStrongFit == 0 ? 0 : Math.round(contents.strongFit() * 1000.0 / moduleStrongFit) / 1000.0;
        Explanation explanation = Explanation.of(found, files, moduleClasses, contents.lines(), share);
        Needs needs = needs(module, resolved, inCut, files);
        Set<String> mirrored = mirrored(contents.types(), flags, found, hotspotSet, files);
        ModuleCut cut = new ModuleCut(
                module.artifactId(),
                contents.classes(),
                contents.lines(),
                share,
                moduleClasses,
                found.bounded(),
                explanation.text(),
                explanation.boundedReason(),
                needs,
                contents.types(),
                contents.visibleTypes(),
                mirrored);
        cut.interfaces.addAll(interfaces(contents.types(), flags));
        cut.calledInside.addAll(calledInside(found, resolved, inCut));
        members(cut, resolved, inCut, flags);
        inboundWithinModule(cut, resolved, inCut);
        return cut;
    }

    /** The classes of a cut, their size and evidence, and the types they declare. */
    private record Contents(
            List<CutClass> classes, long lines, int strongFit, Set<String> types, Set<String> visibleTypes) {

        static Contents of(List<Entry> files, CutFinder.Cut found, Set<Integer> hotspotSet) {
            List<CutClass> classes = new ArrayList<>();
            long lines = 0;
            int cutStrongFit = 0;
            Set<String> types = new HashSet<>();
            Set<String> visibleTypes = new HashSet<>();
            for (int node : found.nodes()) {
                Entry file = files.get(node);
                lines += file.linesOfCode();
                cutStrongFit += file.strongFit();
                classes.add(new CutClass(
                        primaryType(file),
                        file.file(),
                        file.linesOfCode(),
                        file.strongFit(),
                        hotspotSet.contains(node)));
                for (DeclaredType type : file.facts().types()) {
                    String name = qualify(file.packageName(), type.name());
                    types.add(name);
                    if (type.visible()) {
                        visibleTypes.add(name);
                    }
                }
            }
            return new Contents(classes, lines, cutStrongFit, types, visibleTypes);
        }
    }

    /**
     * Why the cut is what it is, and, when it could not be closed within the bound, the reason the
     * boundary rule gives for calling it wide.
     */
    private record Explanation(String text, String boundedReason) {

        static Explanation of(CutFinder.Cut found, List<Entry> files, int moduleClasses, long lines, double share) {
            String hotspotNames = BoundaryRule.list(simpleNames(found.hotspots(), files), 5);
            String explanation;
            String boundedReason = "";
            if (found.bounded()) {
                explanation = String.format(
                        Locale.ROOT,
                        "Closing over the references of %s reaches %d of the module's %d classes: the hot path is"
                                + " entangled with the rest of the module. The cut stops at the %d classes nearest"
                                + " the hotspots (%,d lines, %.0f%% of the module's strong-fit evidence); the"
                                + " classes they still refer to are listed under what it needs.",
                        hotspotNames,
                        found.closure(),
                        moduleClasses,
                        found.nodes().size(),
                        lines,
                        share * 100);
                boundedReason = "Closing over the references of " + hotspotNames + " reaches " + found.closure()
                        + " of the module's " + moduleClasses + " classes (more than the " + CutFinder.MAX_CUT
                        + " a cut may hold): the hot path is entangled with the rest of the module, so there is"
                        + " no small boundary to cut along yet.";
            } else {
                explanation = String.format(
                        Locale.ROOT,
                        "%s and the classes of the module they refer to, directly or not: %d class%s, %,d lines,"
                                + " %.0f%% of the module's strong-fit evidence%s.",
                        hotspotNames,
                        found.nodes().size(),
                        found.nodes().size() == 1 ? "" : "es",
                        lines,
                        share * 100,
                        found.nodes().size() == moduleClasses ? " (the whole module)" : "");
            }
            return new Explanation(explanation + otherHotPaths(found, files, moduleClasses), boundedReason);
        }

        /** The sentences on the hot paths this cut leaves aside: an entangled one, separate ones. */
        private static String otherHotPaths(CutFinder.Cut found, List<Entry> files, int moduleClasses) {
            String explanation = "";
            List<Integer> separate = new ArrayList<>(found.others());
            if (found.entangled() != null) {
                separate.removeAll(found.entangled().hotspots());
                explanation += " The hot path with more evidence, around "
                        + BoundaryRule.list(simpleNames(found.entangled().hotspots(), files), 4)
                        + ", reaches " + found.entangled().closure() + " of the module's " + moduleClasses
                        + " classes: it is entangled with the module, so this plan cuts the hot path that can be"
                        + " cut.";
            }
            if (!separate.isEmpty()) {
                explanation += " "
                        + BoundaryRule.list(simpleNames(separate, files), 4)
                        + (separate.size() == 1 ? " is a hotspot" : " are hotspots")
                        + " on another hot path, not reached from this one: each would be a cut of its own.";
            }
            return explanation;
        }

        private static List<String> simpleNames(List<Integer> nodes, List<Entry> files) {
            return nodes.stream().map(i -> simple(primaryType(files.get(i)))).toList();
        }
    }

    /**
     * The cut's types that are copied to both sides rather than called across: enums, exceptions,
     * flat values, callbacks and records, and the helpers among the classes that are no hotspot.
     */
    private static Set<String> mirrored(
            Set<String> types,
            Map<String, Integer> flags,
            CutFinder.Cut found,
            Set<Integer> hotspotSet,
            List<Entry> files) {
        Set<String> mirrored = new HashSet<>();
        for (String type : types) {
            int typeFlags = flags.getOrDefault(type, 0);
            if ((typeFlags
                            & (TypeIndex.ENUM
                                    | TypeIndex.EXCEPTION
                                    | TypeIndex.FLAT
                                    | TypeIndex.CALLBACK
                                    | TypeIndex.RECORD))
                    != 0) {
                mirrored.add(type);
            }
        }
        for (int node : found.nodes()) {
            if (hotspotSet.contains(node)) {
                continue;
            }
            Entry file = files.get(node);
            for (DeclaredType type : file.facts().types()) {
                if (isStaticHelper(type) || isPrimitiveStateHelper(type)) {
                    // a helper of static methods, or a small class of primitive state (a checksum,
                    // a counter) that each side keeps its own of, is copied to both sides, not called
                    // across
                    mirrored.add(qualify(file.packageName(), type.name()));
                }
            }
        }
        return mirrored;
    }

    private static Set<String> interfaces(Set<String> types, Map<String, Integer> flags) {
        Set<String> interfaces = new HashSet<>();
        for (String type : types) {
            if ((flags.getOrDefault(type, 0) & TypeIndex.INTERFACE) != 0) {
                interfaces.add(type);
            }
        }
        return interfaces;
    }

    /** The names of the cut's types that code inside the cut calls. */
    private static Set<String> calledInside(CutFinder.Cut found, List<Resolved> resolved, Set<Integer> inCut) {
        Set<String> calledInside = new HashSet<>();
        for (int node : found.nodes()) {
            for (Target target : resolved.get(node).calls) {
                if (target.where() == Where.LOCAL && inCut.contains(target.file())) {
                    calledInside.add(target.name());
                }
            }
        }
        return calledInside;
    }

    /** A class of static methods only, with no state: a helper. */
    private static boolean isStaticHelper(DeclaredType type) {
        return type.kind() == Kind.CLASS
                && type.fields().isEmpty()
                && type.supertypes().isEmpty()
                && type.methods().stream().anyMatch(Method::isStatic)
                && type.methods().stream()
                        .allMatch(method -> method.isStatic() || method.name().equals(Method.CONSTRUCTOR));
    }

    /**
     * A class whose state is only primitives and whose methods take and return only primitives: code
     * on either side that holds one holds its own (commons-compress's bzip2 {@code CRC}, which the
     * decoder updates per byte while the encoder is cut out), so it is no boundary.
     */
    private static boolean isPrimitiveStateHelper(DeclaredType type) {
        return type.kind() == Kind.CLASS
                && type.supertypes().isEmpty()
                && !type.fields().isEmpty()
                && type.fields().stream().allMatch(ExtractionPlanner::primitive)
                && type.methods().stream()
                        .allMatch(method -> primitive(method.returns())
                                && method.parameters().stream().allMatch(ExtractionPlanner::primitive));
    }

    private static final Set<String> PRIMITIVES =
            Set.of("void", "boolean", "byte", "char", "short", "int", "long", "float", "double");

    private static boolean primitive(String type) {
        return PRIMITIVES.contains(type);
    }

    /** The file's first top-level type, qualified; its file name when it declares none. */
    private static String primaryType(Entry file) {
        String name = file.file().substring(file.file().lastIndexOf('/') + 1);
        String simple = name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
        for (DeclaredType type : file.facts().types()) {
            if (type.name().equals(simple)) {
                return qualify(file.packageName(), simple);
            }
        }
        return file.facts().types().isEmpty()
                ? qualify(file.packageName(), simple)
                : qualify(file.packageName(), file.facts().types().get(0).name());
    }

    private static String simple(String qualified) {
        String packageName = Resolver.packageOf(qualified);
        return packageName.isEmpty() || packageName.length() >= qualified.length()
                ? qualified
                : qualified.substring(packageName.length() + 1);
    }

    // ---------------------------------------------------------------- what the cut needs

    private Needs needs(Module module, List<Resolved> resolved, Set<Integer> inCut, List<Entry> files) {
        NeedTally tally = new NeedTally(module, inCut);
        for (int node : inCut) {
            Resolved file = resolved.get(node);
            file.forEachTarget(tally::add);
            tally.facilities(file.entry.facts().facilities(), files.get(node).file());
        }
        return tally.needs();
    }

    /** What a cut's files refer to outside it, tallied by where it lives. */
    private final class NeedTally {
        private final Module module;
        private final Set<Integer> inCut;
        private final Map<String, Integer> thisModule = new TreeMap<>();
        private final Map<String, Need> modules = new TreeMap<>();
        private final Map<String, Need> libraries = new TreeMap<>();
        private final Set<String> unresolved = new TreeSet<>();
        private final Map<FileFacts.FacilityKind, Object[]> facilities = new EnumMap<>(FileFacts.FacilityKind.class);

        NeedTally(Module module, Set<Integer> inCut) {
            this.module = module;
            this.inCut = inCut;
        }

        void add(Target target, int count) {
            switch (target.where()) {
                case LOCAL -> {
                    if (!inCut.contains(target.file())) {
                        thisModule.merge(simple(target.name()), count, Integer::sum);
                    }
                }
                case REACTOR ->
                    modules.computeIfAbsent(artifactIds.get(target.module()), Need::new)
                            .add(simple(target.name()), count);
                case LIBRARY -> library(target, count);
                case UNRESOLVED -> unresolved.add(target.name());
                default -> {}
            }
        }

        private void library(Target target, int count) {
            String declared = declaredDependency(target.library(), module.dependencies(), moduleKeys.keySet());
            String sibling = moduleKeys.get(declared);
            if (sibling != null) {
                // a package under a reactor module's groupId the analysis did not see (generated sources, say)
                modules.computeIfAbsent(sibling, Need::new).add(simple(target.name()), count);
                return;
            }
            String key = declared.isEmpty() ? target.library() : declared;
            Need need = libraries.computeIfAbsent(key, k -> new Need(target.library(), declared));
            need.name = commonPackage(need.name, target.library());
            need.add(
                    target.library().isEmpty() || !target.name().startsWith(target.library() + ".")
                            ? target.name()
                            : target.name().substring(target.library().length() + 1),
                    count);
        }

        void facilities(List<Facility> used, String file) {
            for (Facility facility : used) {
                Object[] seen = facilities.get(facility.kind());
                if (seen == null) {
                    facilities.put(facility.kind(), new Object[] {file + ":" + facility.line(), facility.count()});
                } else {
                    seen[1] = (Integer) seen[1] + facility.count();
                }
            }
        }

        Needs needs() {
            List<String> thisModuleList = thisModule.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .toList();
            List<ExtractionPlan.Facility> facilityList = new ArrayList<>();
            facilities.forEach((kind, seen) ->
                    facilityList.add(new ExtractionPlan.Facility(kind.label(), (String) seen[0], (Integer) seen[1])));
            return new Needs(
                    capped(thisModuleList),
                    dependencies(modules),
                    dependencies(libraries),
                    facilityList,
                    capped(new ArrayList<>(unresolved)),
                    List.of());
        }
    }

    private static List<String> capped(List<String> names) {
        if (names.size() <= MAX_LISTED) {
            return names;
        }
        List<String> capped = new ArrayList<>(names.subList(0, MAX_LISTED));
        capped.add("... " + (names.size() - MAX_LISTED) + " more");
        return capped;
    }

    /** The packages both names share, at least the first two names of the first. */
    static String commonPackage(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        int shared = 0;
        while (shared < left.length && shared < right.length && left[shared].equals(right[shared])) {
            shared++;
        }
        return String.join(".", java.util.Arrays.copyOf(left, Math.max(Math.min(2, left.length), shared)));
    }

    /** A module or library the cut needs, gathered. */
    private static final class Need {
        String name;
        final String declaredAs;
        final Map<String, Integer> types = new TreeMap<>();
        int uses;

        Need(String name) {
            this(name, "");
        }

        Need(String name, String declaredAs) {
            this.name = name;
            this.declaredAs = declaredAs;
        }

        void add(String type, int count) {
            types.merge(type, count, Integer::sum);
            uses += count;
        }
    }

    private static List<Dependency> dependencies(Map<String, Need> needs) {
        return needs.values().stream()
                .sorted(Comparator.comparingInt((Need need) -> -need.uses).thenComparing(need -> need.name))
                .map(need -> new Dependency(
                        need.name,
                        need.declaredAs,
                        need.types.entrySet().stream()
                                .sorted(Map.Entry.<String, Integer>comparingByValue()
                                        .reversed()
                                        .thenComparing(Map.Entry.comparingByKey()))
                                .limit(MAX_TYPES_PER_DEPENDENCY)
                                .map(Map.Entry::getKey)
                                .toList(),
                        need.uses))
                .toList();
    }

    /**
     * The declared dependency a library's package most likely comes from, without resolving it: one
     * whose groupId the package starts with (or shares its first two names with), preferring one
     * whose artifactId's words appear in the package. A module of the reactor fits only a package
     * under its groupId: its artifactId's words alone do not make a third-party package its own.
     * Empty when none fits.
     *
     * @param reactor the reactor's modules, as {@code groupId:artifactId}
     */
    static String declaredDependency(String packageName, List<String> dependencies, Set<String> reactor) {
        String best = "";
        int bestScore = 0;
        List<String> segments = List.of(packageName.split("\\."));
        for (String dependency : dependencies) {
            int colon = dependency.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String groupId = dependency.substring(0, colon);
            String artifactId = dependency.substring(colon + 1);
            int words = 0;
            List<String> specific = segments.subList(Math.min(2, segments.size()), segments.size());
            for (String word : artifactId.split("[-_.]")) {
                if (word.length() > 1 && !GENERIC_WORDS.contains(word) && specific.contains(word)) {
                    words++;
                }
            }
            // the artifactId's own words say most: org.apache.commons.io is commons-io, not commons-lang3
            int score = 0;
            if (packageName.equals(groupId) || packageName.startsWith(groupId + ".")) {
                score = 2 + 3 * words;
            } else if (words > 0 && !reactor.contains(dependency)) {
                List<String> group = List.of(groupId.split("[.]"));
                boolean sameOrganisation = group.size() >= 2
                        && segments.size() >= 2
                        && group.subList(0, 2).equals(segments.subList(0, 2));
                if (sameOrganisation || group.size() == 1) {
                    score = 1 + 3 * words;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = dependency;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- members of the cut

    private void members(ModuleCut cut, List<Resolved> resolved, Set<Integer> inCut, Map<String, Integer> flags) {
        int kept = 0;
        for (int node : inCut) {
            Resolved file = resolved.get(node);
            List<DeclaredType> types = file.entry.facts().types();
            for (int t = 0; t < types.size(); t++) {
                DeclaredType type = types.get(t);
                String typeName = qualify(file.entry.packageName(), type.name());
                List<String> inside = new ArrayList<>();
                List<String> outside = new ArrayList<>();
                for (int s = 0; s < type.supertypes().size(); s++) {
                    Target target = file.supertypes[t][s];
                    if (target.inReactor() && cut.types.contains(target.name())) {
                        inside.add(target.name());
                    } else if (target.where() != Where.JDK) {
                        outside.add(target.where() == Where.UNRESOLVED ? target.name() : simple(target.name()));
                    }
                }
                cut.supertypesInside.put(typeName, inside);
                cut.supertypesOutside.put(typeName, outside);
                Set<String> variables = new HashSet<>(type.typeParameters());
                List<ModuleCut.Member> members = new ArrayList<>();
                for (Method method : type.methods()) {
                    if (kept == MAX_MEMBERS) {
                        cut.membersOmitted++;
                        continue;
                    }
                    kept++;
                    members.add(member(file, type, typeName, method, variables, flags));
                }
                cut.members.put(typeName, members);
            }
        }
    }

    private ModuleCut.Member member(
            Resolved file,
            DeclaredType type,
            String typeName,
            Method method,
            Set<String> typeVariables,
            Map<String, Integer> flags) {
        Set<String> variables = new HashSet<>(typeVariables);
        variables.addAll(method.typeParameters());
        Function<String, Target> resolve = resolverFor(file);
        Function<Target, Integer> flagsOf = target ->
                target.where() == Where.LOCAL ? flags.getOrDefault(target.name(), 0) : index.flags(target.name());
        List<Crossing> crossing = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        for (String parameter : method.parameters()) {
            Classified classified = Crossings.classify(parameter, "parameter", variables, resolve, flagsOf);
            crossing.add(classified.crossing());
            categories.add(classified.category());
        }
        Category returns = null;
        boolean constructor = method.name().equals(Method.CONSTRUCTOR);
        if (!constructor && !method.returns().equals("void")) {
            Classified classified = Crossings.classify(method.returns(), "return", variables, resolve, flagsOf);
            crossing.add(classified.crossing());
            returns = classified.category();
        }
        Map<String, String> exceptions = new LinkedHashMap<>();
        for (String thrown : method.exceptions()) {
            int generic = thrown.indexOf('<');
            Target target = resolve.apply(generic < 0 ? thrown : thrown.substring(0, generic));
            exceptions.put(thrown, target.name());
        }
        String simpleType = type.simpleName();
        String signature = constructor
                ? simpleType + "(" + String.join(", ", method.parameters()) + ")"
                : (method.isStatic() ? "static " : "") + method.returns() + " " + method.name() + "("
                        + String.join(", ", method.parameters()) + ")";
        return new ModuleCut.Member(
                typeName,
                method.name(),
                method.parameters().size(),
                signature,
                file.entry.file() + ":" + method.line(),
                method.visible() && type.visible(),
                method.overrides(),
                shape(method.name(), constructor, categories, returns),
                crossing,
                exceptions);
    }

    static String shape(String name, boolean constructor, List<Category> parameters, Category returns) {
        List<Category> all = new ArrayList<>(parameters);
        if (returns != null) {
            all.add(returns);
        }
        if (all.stream().anyMatch(c -> c == Category.COLLECTION || c == Category.GRAPH)) {
            return "graph";
        }
        if (all.contains(Category.CALLBACK)) {
            return "callback";
        }
        if (all.contains(Category.STREAM)) {
            return "stream";
        }
        if (all.contains(Category.BULK)) {
            return "bulk";
        }
        if (constructor) {
            return "control";
        }
        if (all.contains(Category.GENERIC) || !parameters.isEmpty()) {
            return "element";
        }
        if (returns != null && BoundaryRule.perElement(name, "element", 0, false)) {
            return "element";
        }
        return "control";
    }

    // ---------------------------------------------------------------- inbound

    /**
     * Which targets lead into a cut: a local file of the cut ({@code module} -1), or a type of module
     * {@code module}'s cut. One plain class rather than a lambda, so the loops that ask it stay small.
     */
    private static final class Into {
        final Set<Integer> localCut;
        final int module;

        Into(Set<Integer> localCut, int module) {
            this.localCut = localCut;
            this.module = module;
        }

        boolean test(Target target) {
            return module < 0
                    ? target.where() == Where.LOCAL && localCut.contains(target.file())
                    : target.inCutOf(module);
        }
    }

    private void inboundWithinModule(ModuleCut cut, List<Resolved> resolved, Set<Integer> inCut) {
        Into into = new Into(inCut, -1);
        int classes = 0;
        int sites = 0;
        for (Resolved file : resolved) {
            if (inCut.contains(file.index)) {
                continue;
            }
            int before = sites;
            sites += inbound(cut, file, ExtractionPlan.THIS_MODULE, into);
            if (sites > before || usesCut(cut, file, into)) {
                classes++;
            }
        }
        if (classes > 0) {
            cut.caller(ExtractionPlan.THIS_MODULE, classes, sites);
        }
    }

    /**
     * Whether a file uses a type of the cut that would cross the boundary: an exception, enum, record
     * or flat value exists on both sides, so using only those makes no caller.
     */
    private static boolean usesCut(ModuleCut cut, Resolved file, Into into) {
        for (Target target : file.uses) {
            if (into.test(target) && !cut.mirrored.contains(target.name())) {
                return true;
            }
        }
        for (Target[] ofType : file.supertypes) {
            for (Target target : ofType) {
                if (into.test(target) && !cut.mirrored.contains(target.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Counts one file's calls and uses into a cut; the call sites counted. Calls on the types that
     * exist on both sides of a boundary, and on {@code Object}'s methods, cross nothing: they are
     * neither entry points nor call sites.
     */
    private static int inbound(ModuleCut cut, Resolved file, String caller, Into into) {
        FileFacts facts = file.entry.facts();
        int sites = 0;
        for (int i = 0; i < file.calls.length; i++) {
            Target target = file.calls[i];
            if (into.test(target)
                    && !cut.mirrored.contains(target.name())
                    && !OBJECT_METHODS.contains(facts.calls().get(i).method())) {
                Call call = facts.calls().get(i);
                cut.inbound(target.name(), call.method(), call.arity()).add(caller, call.count(), call.inLoops());
                sites += call.count();
            }
        }
        boolean fromModule = caller.equals(ExtractionPlan.THIS_MODULE);
        for (int i = 0; i < file.uses.length; i++) {
            Target target = file.uses[i];
            if (into.test(target)) {
                surface(cut, target.name(), facts.uses().get(i).count(), fromModule, caller);
            }
        }
        for (int t = 0; t < file.supertypes.length; t++) {
            for (Target target : file.supertypes[t]) {
                if (into.test(target)) {
                    extended(cut, file, facts.types().get(t), target, fromModule, caller);
                }
            }
        }
        for (int i = 0; i < file.caught.length; i++) {
            Target target = file.caught[i];
            if (into.test(target)) {
                cut.controlFlow.merge(target.name(), facts.caught().get(i).count(), Integer::sum);
            }
        }
        return sites;
    }

    private static void surface(ModuleCut cut, String type, int count, boolean fromModule, String caller) {
        ModuleCut.Surface surface = cut.surface(type);
        if (fromModule) {
            surface.fromModule += count;
        } else {
            surface.fromReactor += count;
            surface.modules.add(caller);
        }
    }

    /** Notes a class outside the cut that subclasses a class of the cut, or implements an interface it calls. */
    private static void extended(
            ModuleCut cut, Resolved file, DeclaredType extender, Target target, boolean fromModule, String caller) {
        if (isExceptionType(target)) {
            return;
        }
        boolean isInterface = cut.interfaces.contains(target.name());
        boolean overrides = false;
        for (Method method : extender.methods()) {
            overrides |= method.overrides();
        }
        // a subclass that overrides nothing only configures; an interface the cut never calls is no callback
        if (isInterface ? !cut.calledInside.contains(target.name()) : !overrides) {
            return;
        }
        cut.extendedOutside.add((fromModule ? "" : caller + ": ")
                + simple(qualify(file.entry.packageName(), extender.name()))
                + (isInterface ? " implements " : " extends ")
                + simple(target.name()));
    }

    private static boolean isExceptionType(Target target) {
        String simple = target.name().substring(target.name().lastIndexOf('.') + 1);
        return simple.endsWith("Exception") || simple.endsWith("Error");
    }

    private void countCallsIntoEarlierCuts(String artifactId, List<Resolved> resolved) {
        Map<Integer, int[]> byModule = new TreeMap<>();
        Set<Integer> reached = new TreeSet<>();
        for (Resolved file : resolved) {
            reached.clear();
            reach(file.uses, reached);
            reach(file.calls, reached);
            reach(file.caught, reached);
            for (Target[] ofType : file.supertypes) {
                reach(ofType, reached);
            }
            for (int module : reached) {
                ModuleCut cut = cutsByIndex.get(module);
                if (cut == null) {
                    continue;
                }
                Into into = new Into(Set.of(), module);
                int sites = inbound(cut, file, artifactId, into);
                if (sites > 0 || usesCut(cut, file, into)) {
                    int[] counts = byModule.computeIfAbsent(module, key -> new int[2]);
                    counts[0]++;
                    counts[1] += sites;
                }
            }
        }
        for (Map.Entry<Integer, int[]> module : byModule.entrySet()) {
            cutsByIndex.get(module.getKey()).caller(artifactId, module.getValue()[0], module.getValue()[1]);
        }
    }

    private static void reach(Target[] targets, Set<Integer> modules) {
        for (Target target : targets) {
            if (target.where() == Where.REACTOR && (target.flags() & TypeIndex.IN_CUT) != 0) {
                modules.add(target.module());
            }
        }
    }

    // ---------------------------------------------------------------- the plan

    private ExtractionPlan assemble(ModuleCut cut, boolean runsAsService) {
        Map<Object, Acc> entries = new LinkedHashMap<>();
        calledEntries(cut, entries);
        overriddenEntries(cut, entries);
        boolean calledFromReactor =
                cut.callers.keySet().stream().anyMatch(name -> !name.equals(ExtractionPlan.THIS_MODULE));
        boolean publicApi = !calledFromReactor && !runsAsService && publicApiEntries(cut, entries);
        List<BoundaryRule.Weighed> weighed = weighed(cut, entries);
        Boundary boundary =
                BoundaryRule.decide(weighed, cut.bounded, cut.boundedReason, new ArrayList<>(cut.extendedOutside));
        List<EntryPoint> listed = weighed.stream()
                .limit(ExtractionPlan.MAX_ENTRY_POINTS)
                .map(BoundaryRule.Weighed::entry)
                .toList();
        Needs needs = new Needs(
                cut.needs.thisModule(),
                cut.needs.modules(),
                cut.needs.libraries(),
                cut.needs.facilities(),
                cut.needs.unresolved(),
                capped(new ArrayList<>(cut.extendedOutside)));
        return new ExtractionPlan(
                new ExtractionPlan.Cut(
                        cut.classes,
                        cut.linesOfCode,
                        cut.strongFitShare,
                        cut.moduleClasses,
                        cut.bounded,
                        cut.explanation),
                listed,
                weighed.size() - listed.size(),
                callers(cut, publicApi),
                listedSurface(cut),
                needs,
                boundary);
    }

    /** The entry points code outside the cut calls, by the member each call reaches. */
    private static void calledEntries(ModuleCut cut, Map<Object, Acc> entries) {
        for (Map.Entry<String, ModuleCut.Inbound> call : cut.inbound.entrySet()) {
            String[] key = call.getKey().split("#", -1);
            String type = key[0];
            String method = key[1];
            int arity = Integer.parseInt(key[2]);
            if (OBJECT_METHODS.contains(method) || cut.mirrored.contains(type)) {
                continue;
            }
            ModuleCut.Member member = find(cut, type, method, arity, 0);
            Object id = member != null ? member : type + "#" + method + "#" + (arity < 0 ? "?" : arity);
            Acc acc = entries.computeIfAbsent(id, k -> new Acc(member, type, method, arity));
            acc.add(call.getValue());
        }
    }

    /** The overrides of the cut's types whose supertypes live outside: reached through those. */
    private static void overriddenEntries(ModuleCut cut, Map<Object, Acc> entries) {
        for (Map.Entry<String, List<ModuleCut.Member>> type : cut.members.entrySet()) {
            List<String> outside = cut.supertypesOutside.getOrDefault(type.getKey(), List.of());
            if (outside.isEmpty() || cut.mirrored.contains(type.getKey())) {
                continue;
            }
            for (ModuleCut.Member member : type.getValue()) {
                if (member.overrides() && !OBJECT_METHODS.contains(member.name())) {
                    Acc acc = entries.computeIfAbsent(
                            member, k -> new Acc(member, member.type(), member.name(), member.parameters()));
                    acc.through = String.join(", ", outside);
                }
            }
        }
    }

    /**
     * Adds the visible members of the cut's visible types not yet entry points, as public API called
     * from outside the build; true when there was any.
     */
    private static boolean publicApiEntries(ModuleCut cut, Map<Object, Acc> entries) {
        boolean publicApi = false;
        for (Map.Entry<String, List<ModuleCut.Member>> type : cut.members.entrySet()) {
            if (!cut.visibleTypes.contains(type.getKey()) || cut.mirrored.contains(type.getKey())) {
                continue;
            }
            for (ModuleCut.Member member : type.getValue()) {
                if (member.visible() && !OBJECT_METHODS.contains(member.name()) && !entries.containsKey(member)) {
                    Acc acc = entries.computeIfAbsent(
                            member, k -> new Acc(member, member.type(), member.name(), member.parameters()));
                    acc.callers.merge(ExtractionPlan.OUTSIDE, 0, Integer::sum);
                    publicApi = true;
                }
            }
        }
        return publicApi;
    }

    /** The entry points as the boundary rule weighs them, most call sites first. */
    private static List<BoundaryRule.Weighed> weighed(ModuleCut cut, Map<Object, Acc> entries) {
        List<BoundaryRule.Weighed> weighed = new ArrayList<>();
        for (Acc acc : entries.values()) {
            weighed.add(acc.weighed(cut));
        }
        weighed.sort(
                Comparator.comparingInt((BoundaryRule.Weighed w) -> -w.entry().callSites())
                        .thenComparing(w -> w.entry().type())
                        .thenComparing(w -> w.entry().signature()));
        return weighed;
    }

    /** Who calls into the cut: this module first, then by call sites; code outside the build last. */
    private static List<Caller> callers(ModuleCut cut, boolean publicApi) {
        List<Caller> callers = new ArrayList<>();
        cut.callers.entrySet().stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<String, int[]> e) -> !e.getKey().equals(ExtractionPlan.THIS_MODULE))
                        .thenComparing(e -> -e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> callers.add(new Caller(e.getKey(), e.getValue()[0], e.getValue()[1])));
        if (publicApi) {
            callers.add(new Caller(ExtractionPlan.OUTSIDE, 0, 0));
        }
        return callers;
    }

    /** The cut's types most used from outside it, at most {@value #MAX_SURFACE}. */
    private static List<UsedType> listedSurface(ModuleCut cut) {
        return cut.surface.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, ModuleCut.Surface> e) ->
                                -(e.getValue().fromModule + e.getValue().fromReactor))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_SURFACE)
                .map(e -> new UsedType(
                        e.getKey(),
                        e.getValue().fromModule,
                        e.getValue().fromReactor,
                        new ArrayList<>(e.getValue().modules)))
                .toList();
    }

    /** The member a call of {@code method} with {@code arity} arguments on {@code type} reaches, through the cut's supertypes. */
    private static ModuleCut.Member find(ModuleCut cut, String type, String method, int arity, int depth) {
        ModuleCut.Member loose = null;
        for (ModuleCut.Member member : cut.membersOf(type)) {
            if (!member.name().equals(method)) {
                continue;
            }
            if (arity < 0 || member.parameters() == arity) {
                return member;
            }
            boolean varargs = member.signature().endsWith("[])") && arity >= member.parameters() - 1;
            if (varargs && loose == null) {
                loose = member;
            }
        }
        if (loose != null) {
            return loose;
        }
        if (depth < 6) {
            for (String supertype : cut.supertypesInside.getOrDefault(type, List.of())) {
                ModuleCut.Member found = find(cut, supertype, method, arity, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** One entry point being gathered. */
    private static final class Acc {
        final ModuleCut.Member member;
        final String type;
        final String method;
        final int arity;
        int sites;
        int inLoops;
        String through = "";
        final Map<String, Integer> callers = new TreeMap<>();

        Acc(ModuleCut.Member member, String type, String method, int arity) {
            this.member = member;
            this.type = type;
            this.method = method;
            this.arity = arity;
        }

        void add(ModuleCut.Inbound inbound) {
            sites += inbound.sites;
            inLoops += inbound.inLoops;
            inbound.callers.forEach((caller, count) -> callers.merge(caller, count, Integer::sum));
        }

        BoundaryRule.Weighed weighed(ModuleCut cut) {
            List<String> callerList = new ArrayList<>();
            callers.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Integer> e) ->
                                    !e.getKey().equals(ExtractionPlan.THIS_MODULE))
                            .thenComparing(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> callerList.add(
                            e.getKey().equals(ExtractionPlan.OUTSIDE) ? e.getKey() : e.getKey() + " ×" + e.getValue()));
            String simpleType = simple(type);
            if (member == null) {
                String signature = (method.equals(Method.CONSTRUCTOR) ? simpleType : method) + "("
                        + (arity < 0 ? "..." : arity + " argument" + (arity == 1 ? "" : "s")) + ")";
                EntryPoint entry = new EntryPoint(
                        type,
                        signature,
                        "",
                        sites,
                        inLoops,
                        callerList,
                        cut.membersOmitted > 0 && cut.types.contains(type)
                                ? String.format(
                                        Locale.ROOT,
                                        "declared in the cut; its signature is not kept (a plan keeps %d members)",
                                        MAX_MEMBERS)
                                : "inherited from outside the cut",
                        "control",
                        List.of());
                return new BoundaryRule.Weighed(entry, simpleType + "." + method, false);
            }
            List<Crossing> crossing = new ArrayList<>(member.crossing());
            member.exceptions()
                    .forEach((written, qualified) ->
                            crossing.add(Crossings.thrown(written, cut.controlFlow.getOrDefault(qualified, 0))));
            EntryPoint entry = new EntryPoint(
                    type,
                    member.signature(),
                    member.location(),
                    sites,
                    inLoops,
                    callerList,
                    through,
                    member.shape(),
                    crossing);
            String name = simpleType + "." + (method.equals(Method.CONSTRUCTOR) ? "<init>" : method);
            if (method.equals(Method.CONSTRUCTOR)) {
                name = "new " + simpleType;
            }
            boolean returnsBulk = member.crossing().stream()
                    .anyMatch(c -> c.role().equals("return")
                            && c.cheap()
                            && !c.why().equals("a primitive")
                            && !c.why().startsWith("a boxed"));
            return new BoundaryRule.Weighed(
                    entry, name, BoundaryRule.perElement(method, member.shape(), inLoops, returnsBulk));
        }
    }
}
