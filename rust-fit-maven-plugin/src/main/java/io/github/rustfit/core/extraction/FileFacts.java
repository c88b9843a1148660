package io.github.rustfit.core.extraction;

import java.util.List;

/**
 * What one file declares and refers to, as written, for the extraction plans: its imports, the
 * types it declares with their callable members, the names of the types it uses (with counts), the
 * calls it makes on them, the exceptions it catches and handles, and its uses of JDK facilities
 * that have no direct Rust equivalent. Nothing is resolved here: a name is kept as the file writes
 * it, and resolved later against the file's imports, its package and the reactor's own types.
 * Names the file imports from the JDK, the {@code java.lang} names and its own types are left out,
 * so what is kept stays small.
 *
 * @param imports single-type imports ({@code a.b.C}), on-demand imports ({@code a.b.*}) and
 *     static ones ({@code static a.b.C.m}, {@code static a.b.C.*}), in file order
 * @param types every class, interface, enum, record and annotation the file declares, nested ones
 *     included, in file order
 * @param uses the type names the file uses, with how often
 * @param calls the calls the file makes on named types, with how often
 * @param caught the exception types the file catches inside a loop and goes on without throwing:
 *     exceptions used for control flow, with how often
 * @param facilities uses of reflection, serialization and class loading
 */
public record FileFacts(
        List<String> imports,
        List<DeclaredType> types,
        List<Use> uses,
        List<Call> calls,
        List<Use> caught,
        List<Facility> facilities) {

    /** The facts of a file that could not be parsed. */
    public static final FileFacts NONE =
            new FileFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public FileFacts {
        imports = List.copyOf(imports);
        types = List.copyOf(types);
        uses = List.copyOf(uses);
        calls = List.copyOf(calls);
        caught = List.copyOf(caught);
        facilities = List.copyOf(facilities);
    }

    /** True when the file contributed nothing. */
    public boolean isEmpty() {
        return imports.isEmpty()
                && types.isEmpty()
                && uses.isEmpty()
                && calls.isEmpty()
                && caught.isEmpty()
                && facilities.isEmpty();
    }

    /** What a declaration is. */
    public enum Kind {
        CLASS,
        INTERFACE,
        ENUM,
        RECORD,
        ANNOTATION
    }

    /**
     * A type the file declares.
     *
     * @param name its name inside the package: {@code Outer} or {@code Outer.Inner}
     * @param kind class, interface, enum, record or annotation
     * @param line where it is declared
     * @param visible whether it is public (or a member of an interface)
     * @param callback whether it is an interface made to be implemented by a lambda or a listener:
     *     annotated {@code @FunctionalInterface}, or with a single abstract method
     * @param immutable whether all its instance fields are final (a record's always are)
     * @param buffer whether it is a class whose instance fields keep bytes with a position, offset or
     *     limit beside them ({@link io.github.rustfit.core.signals.syntax.BufferShape}), however it is
     *     called
     * @param supertypes the types it extends and implements, as written
     * @param typeParameters its type parameters' names
     * @param fields the types of its instance fields (a record's components), as written; more than
     *     {@value FactCollector#MAX_FIELDS} are not kept, and the list then ends with {@code "..."}
     * @param methods its constructors and methods that are not private, in file order
     */
    public record DeclaredType(
            String name,
            Kind kind,
            int line,
            boolean visible,
            boolean callback,
            boolean immutable,
            boolean buffer,
            List<String> supertypes,
            List<String> typeParameters,
            List<String> fields,
            List<Method> methods) {

        public DeclaredType {
            supertypes = List.copyOf(supertypes);
            typeParameters = List.copyOf(typeParameters);
            fields = List.copyOf(fields);
            methods = List.copyOf(methods);
        }

        /** The name without its enclosing types. */
        public String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    /**
     * A constructor or method that code outside its class may call.
     *
     * @param name the method's name, {@code <init>} for a constructor
     * @param line where it is declared
     * @param isStatic whether it is static
     * @param visible whether it is public (or a member of an interface)
     * @param overrides whether it is annotated {@code @Override}
     * @param returns the return type as written, {@code void} for a constructor
     * @param parameters the parameter types as written, a variable arity one as an array
     * @param exceptions the types in its {@code throws} clause
     * @param typeParameters its own type parameters' names
     */
    public record Method(
            String name,
            int line,
            boolean isStatic,
            boolean visible,
            boolean overrides,
            String returns,
            List<String> parameters,
            List<String> exceptions,
            List<String> typeParameters) {

        /** The name constructors are recorded under. */
        public static final String CONSTRUCTOR = "<init>";

        public Method {
            parameters = List.copyOf(parameters);
            exceptions = List.copyOf(exceptions);
            typeParameters = List.copyOf(typeParameters);
        }
    }

    /**
     * A name used, and how often.
     *
     * @param name the type's name as written: simple ({@code Frame}), nested ({@code Outer.Inner})
     *     or qualified ({@code a.b.Frame})
     * @param count how many times
     */
    public record Use(String name, int count) {}

    /**
     * Calls of one method on one named type.
     *
     * @param type the receiver's declared type (or the type named for a static call, or created)
     * @param method the method's name, {@code <init>} for a constructor
     * @param arity the number of arguments, {@code -1} for a method reference
     * @param count how many call sites
     * @param inLoops how many of them sit inside a loop
     */
    public record Call(String type, String method, int arity, int count, int inLoops) {}

    /** JDK facilities that have no direct equivalent in Rust. */
    public enum FacilityKind {
        REFLECTION("reflection"),
        SERIALIZATION("serialization"),
        CLASS_LOADING("class loading");

        private final String label;

        FacilityKind(String label) {
            this.label = label;
        }

        /** How the facility is named in plans and reports. */
        public String label() {
            return label;
        }
    }

    /**
     * Uses of one facility.
     *
     * @param kind the facility
     * @param line its first use in the file
     * @param count how many uses
     */
    public record Facility(FacilityKind kind, int line, int count) {}
}
