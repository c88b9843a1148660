package io.github.rustfit.core.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the type names one module's files write, the way the compiler would but without a
 * class path: the file's own types, its single-type imports, its package, its on-demand imports,
 * {@code java.lang}, then the reactor's own types. A name none of these explains is reported as
 * unresolved, never guessed; a name that can only come from a library's on-demand import is
 * attributed to that package.
 */
final class Resolver {

    /** Where a name leads. */
    enum Where {
        /** A type of the module (the file's own, or another file's). */
        LOCAL,
        /** A type of another module of the reactor. */
        REACTOR,
        /** The JDK. */
        JDK,
        /** A third-party library. */
        LIBRARY,
        /** Nothing known explains it. */
        UNRESOLVED
    }

    /**
     * A resolved name.
     *
     * @param where where it leads
     * @param name the qualified name (or, unresolved, the name as written)
     * @param file for {@link Where#LOCAL}, the declaring file's index in the module
     * @param module for {@link Where#REACTOR}, the declaring module's index
     * @param library for {@link Where#LIBRARY}, the library's package
     * @param flags for {@link Where#REACTOR}, the type's {@link TypeIndex} flags
     */
    record Target(Where where, String name, int file, int module, String library, int flags) {

        static final Target JDK = new Target(Where.JDK, "", -1, -1, "", 0);

        Target(Where where, String name, int file, int module, String library) {
            this(where, name, file, module, library, 0);
        }

        /** True for a type of module {@code module}'s cut. */
        boolean inCutOf(int module) {
            return where == Where.REACTOR && this.module == module && (flags & TypeIndex.IN_CUT) != 0;
        }

        boolean inReactor() {
            return where == Where.LOCAL || where == Where.REACTOR;
        }
    }

    /** What one file can name without qualifying. */
    static final class Scope {
        final String packageName;
        /** The file's own types by simple name (and top-level name), with their names in the package. */
        final Map<String, String> own = new HashMap<>();

        final Map<String, String> single = new HashMap<>();
        final List<String> onDemand = new ArrayList<>();
        final Map<String, String> staticMembers = new HashMap<>();
        /** What the resolution of an unqualified name depends on besides the name: package and on-demand imports. */
        private String context;

        Scope(String packageName, FileFacts facts) {
            this.packageName = packageName;
            for (FileFacts.DeclaredType type : facts.types()) {
                own.putIfAbsent(type.simpleName(), type.name());
            }
            for (String text : facts.imports()) {
                boolean isStatic = text.startsWith("static ");
                String name = isStatic ? text.substring("static ".length()) : text;
                if (name.endsWith(".*")) {
                    // a static on-demand import names a type's members; its nested types too
                    onDemand.add(name.substring(0, name.length() - 2));
                } else if (isStatic) {
                    int dot = name.lastIndexOf('.');
                    if (dot > 0) {
                        staticMembers.put(name.substring(dot + 1), name.substring(0, dot));
                    }
                } else {
                    single.put(name.substring(name.lastIndexOf('.') + 1), name);
                }
            }
        }

        String qualify(String name) {
            return packageName.isEmpty() ? name : packageName + "." + name;
        }

        String context() {
            if (context == null) {
                context = packageName + "|" + String.join(",", onDemand) + "|";
            }
            return context;
        }
    }

    private final Map<String, Integer> local;
    private final Map<String, String> uniqueNested;
    private final Set<String> localPackages = new HashSet<>();
    private final TypeIndex reactor;
    private final Map<String, Target> cache = new HashMap<>();

    /**
     * @param local the module's types, qualified, with their file's index
     * @param reactor the types of the modules done before this one
     */
    Resolver(Map<String, Integer> local, TypeIndex reactor) {
        this.local = local;
        this.reactor = reactor;
        Map<String, String> nested = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String type : local.keySet()) {
            localPackages.add(packageOf(type));
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (nested.containsKey(simple) || ambiguous.contains(simple)) {
                nested.remove(simple);
                ambiguous.add(simple);
            } else {
                nested.put(simple, type);
            }
        }
        this.uniqueNested = nested;
    }

    /** Where {@code name}, written in a file with {@code scope}, leads. */
    Target resolve(Scope scope, String name) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        if (Character.isLowerCase(first.charAt(0))) {
            return qualified(name);
        }
        String own = scope.own.get(first);
        if (own != null) {
            Target target = inReactor(scope.qualify(own) + rest);
            if (target != null) {
                return target;
            }
        }
        String imported = scope.single.get(first);
        if (imported != null) {
            return qualified(imported + rest);
        }
        String key = scope.context() + name;
        Target known = cache.get(key);
        if (known != null) {
            return known;
        }
        Target target = unqualified(scope, name);
        cache.put(key, target);
        return target;
    }

    private Target unqualified(Scope scope, String name) {
        Target same = inReactor(scope.qualify(name));
        if (same != null) {
            return same;
        }
        boolean jdkOnDemand = false;
        String library = null;
        for (String onDemand : scope.onDemand) {
            Target found = inReactor(onDemand + "." + name);
            if (found != null) {
                return found;
            }
            if (JdkNames.isJdk(onDemand)) {
                jdkOnDemand = true;
            } else if (library == null && !isReactorPackage(onDemand)) {
                library = onDemand;
            }
        }
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        if (JdkNames.JAVA_LANG.contains(first)) {
            return Target.JDK;
        }
        String nested = uniqueNested.get(first);
        if (nested != null) {
            return new Target(Where.LOCAL, nested + (dot < 0 ? "" : name.substring(dot)), local.get(nested), -1, "");
        }
        if (library != null) {
            return new Target(Where.LIBRARY, library + "." + name, -1, -1, library);
        }
        if (jdkOnDemand) {
            return Target.JDK;
        }
        return new Target(Where.UNRESOLVED, name, -1, -1, "");
    }

    /** A qualified name: the module's, another module's, the JDK's or a library's. */
    Target qualified(String name) {
        Target found = inReactor(name);
        if (found != null) {
            return found;
        }
        if (JdkNames.isJdk(name)) {
            return Target.JDK;
        }
        String packageName = packageOf(name);
        int module = reactor.packageModule(packageName);
        if (module >= 0) {
            return new Target(Where.REACTOR, name, -1, module, "");
        }
        return new Target(Where.LIBRARY, name, -1, -1, packageName);
    }

    /** The module's or an earlier module's type of this name, also when it names a nested type's member. */
    private Target inReactor(String qualifiedName) {
        String name = qualifiedName;
        while (true) {
            Integer file = local.get(name);
            if (file != null) {
                return new Target(Where.LOCAL, name, file, -1, "");
            }
            int module = reactor.module(name);
            if (module >= 0) {
                return new Target(Where.REACTOR, name, -1, module, "", reactor.flags(name));
            }
            int dot = name.lastIndexOf('.');
            // Outer.Inner where only Outer is known: Inner is inherited or not declared where we look
            if (dot < 0 || !Character.isUpperCase(name.charAt(dot + 1)) || !hasTypeSegment(name.substring(0, dot))) {
                return null;
            }
            name = name.substring(0, dot);
        }
    }

    private static boolean hasTypeSegment(String name) {
        for (int i = 0; i < name.length(); i++) {
            if ((i == 0 || name.charAt(i - 1) == '.') && Character.isUpperCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isReactorPackage(String packageName) {
        return reactor.packageModule(packageName) >= 0 || localPackages.contains(packageName);
    }

    /** The package of a qualified type name: the segments before the first capitalised one. */
    static String packageOf(String qualifiedName) {
        int end = 0;
        for (int i = 0; i < qualifiedName.length(); i++) {
            if ((i == 0 || qualifiedName.charAt(i - 1) == '.') && Character.isUpperCase(qualifiedName.charAt(i))) {
                return qualifiedName.substring(0, Math.max(0, end));
            }
            if (qualifiedName.charAt(i) == '.') {
                end = i;
            }
        }
        return qualifiedName;
    }
}
