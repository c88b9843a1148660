package io.github.rustfit.core.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * The reactor's own types, filled module by module as each module is done: for every type its
 * module and the few facts a plan asks of a type from elsewhere (enum, flat value, buffer, callback,
 * exception, part of its module's cut), packed into one int, and every package with the module
 * that declares it. It holds names only, so it stays small however large the reactor.
 */
final class TypeIndex {

    static final int ENUM = 1;
    static final int FLAT = 1 << 1;
    static final int CALLBACK = 1 << 2;
    static final int EXCEPTION = 1 << 3;
    static final int IN_CUT = 1 << 4;
    static final int INTERFACE = 1 << 5;
    static final int RECORD = 1 << 6;
    static final int BUFFER = 1 << 7;
    private static final int FLAG_BITS = 8;

    private final Map<String, Integer> types = new HashMap<>();
    private final Map<String, Integer> packages = new HashMap<>();

    /** Records a type of module {@code module}. */
    void add(String qualifiedName, int module, int flags) {
        types.put(qualifiedName, module << FLAG_BITS | flags);
        int dot = qualifiedName.lastIndexOf('.');
        // a nested type's "package" is its outer type: harmless, never asked for
        packages.putIfAbsent(dot < 0 ? "" : qualifiedName.substring(0, dot), module);
    }

    /** Records a package, so a type of it that is not indexed is still known to be the reactor's. */
    void addPackage(String packageName, int module) {
        packages.putIfAbsent(packageName, module);
    }

    /** True when the reactor declares the type. */
    boolean has(String qualifiedName) {
        return types.containsKey(qualifiedName);
    }

    /** The module declaring the type; -1 when the reactor does not. */
    int module(String qualifiedName) {
        Integer packed = types.get(qualifiedName);
        return packed == null ? -1 : packed >>> FLAG_BITS;
    }

    /** The type's flags; 0 when the reactor does not declare it. */
    int flags(String qualifiedName) {
        Integer packed = types.get(qualifiedName);
        return packed == null ? 0 : packed & ((1 << FLAG_BITS) - 1);
    }

    /** The module declaring the package, or -1. */
    int packageModule(String packageName) {
        Integer module = packages.get(packageName);
        return module == null ? -1 : module;
    }
}
