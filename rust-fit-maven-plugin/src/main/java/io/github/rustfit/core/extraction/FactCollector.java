package io.github.rustfit.core.extraction;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.UnionType;
import io.github.rustfit.core.extraction.FileFacts.Call;
import io.github.rustfit.core.extraction.FileFacts.DeclaredType;
import io.github.rustfit.core.extraction.FileFacts.Facility;
import io.github.rustfit.core.extraction.FileFacts.FacilityKind;
import io.github.rustfit.core.extraction.FileFacts.Kind;
import io.github.rustfit.core.extraction.FileFacts.Method;
import io.github.rustfit.core.extraction.FileFacts.Use;
import io.github.rustfit.core.signals.syntax.BufferShape;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects a parsed file's {@link FileFacts} from its syntax tree, sharing the tree's node index
 * and variable types with the signals, so the facts cost no second parse and no second walk.
 */
public final class FactCollector {

    /** Instance fields kept per type; a type with more is no flat value anyway. */
    public static final int MAX_FIELDS = 16;

    /** Longest type text kept; longer ones (deeply nested generics) are shortened. */
    public static final int MAX_TEXT = 200;

    /** A type's name written in CamelCase: a class, not a constant or a variable. */
    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Z][A-Za-z0-9_$]*[a-z][A-Za-z0-9_$]*");

    private static final Set<String> OVERRIDE = Set.of("Override");

    private static final Set<String> FUNCTIONAL_INTERFACE = Set.of("FunctionalInterface");

    private static final Set<String> CALLBACK_SUFFIXES = Set.of("Listener", "Callback", "Handler", "Observer");

    private static final Set<String> REFLECTIVE_CALLS = Set.of(
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getDeclaredField",
            "getDeclaredFields",
            "getDeclaredConstructor",
            "getDeclaredConstructors",
            "setAccessible",
            "newProxyInstance");

    /** Reflective only when asked for a member by a literal name: {@code getMethod("close")}. */
    private static final Set<String> REFLECTIVE_BY_NAME = Set.of("getMethod", "getField", "getConstructor");

    private static final Set<String> CLASS_LOADING_CALLS =
            Set.of("getClassLoader", "getContextClassLoader", "loadClass", "defineClass");

    private static final Set<String> CLASS_LOADING_TYPES = Set.of("ClassLoader", "URLClassLoader", "ServiceLoader");

    private static final Set<String> SERIALIZATION_TYPES =
            Set.of("Serializable", "Externalizable", "ObjectInputStream", "ObjectOutputStream");

    private final CompilationUnit unit;
    private final VariableTypes variables;
    private final Set<String> ownNames = new HashSet<>();
    private final Set<String> typeParameters = new HashSet<>();
    private final Set<String> jdkImports = new HashSet<>();
    /** Simple names of the file's other single-type imports: they shadow java.lang and on-demand imports. */
    private final Set<String> otherImports = new HashSet<>();

    private final Map<String, String> staticMembers = new HashMap<>();
    /** Types the file writes with a qualifier ({@code System.Logger}), by their simple name. */
    private final Map<String, String> qualifiedBySimpleName = new HashMap<>();
    /** The return type of each method the file declares, by name; empty when overloads disagree. */
    private final Map<String, String> ownReturns = new HashMap<>();

    private boolean jdkOnDemand;
    private final Map<String, int[]> uses = new LinkedHashMap<>();
    private final Map<String, int[]> calls = new LinkedHashMap<>();
    private final Map<String, int[]> caught = new LinkedHashMap<>();
    private final Map<FacilityKind, int[]> facilities = new EnumMap<>(FacilityKind.class);

    private FactCollector(CompilationUnit unit) {
        this.unit = unit;
        this.variables = VariableTypes.of(unit);
    }

    /** The facts of one parsed file. */
    public static FileFacts collect(CompilationUnit unit) {
        return new FactCollector(unit).collect();
    }

    private FileFacts collect() {
        List<String> imports = imports();
        List<TypeDeclaration<?>> declarations = ownNames();
        List<DeclaredType> types = new ArrayList<>();
        for (TypeDeclaration<?> declaration : declarations) {
            types.add(declared(declaration));
        }
        typeUses();
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            call(call);
        }
        fieldAccesses();
        creationsAndReferences();
        caughtInLoops();
        return new FileFacts(needed(imports, types), types, named(uses), calls(), named(caught), facilities());
    }

    /**
     * Records the names the file declares (types, type parameters, its methods' return types) and
     * returns the member types, whose facts are kept.
     */
    private List<TypeDeclaration<?>> ownNames() {
        List<TypeDeclaration<?>> declarations = new ArrayList<>();
        for (TypeDeclaration<?> type : SyntaxIndex.findAll(unit, TypeDeclaration.class)) {
            ownNames.add(type.getNameAsString());
            if (isMember(type)) {
                declarations.add(type);
            }
        }
        for (TypeParameter parameter : SyntaxIndex.findAll(unit, TypeParameter.class)) {
            typeParameters.add(parameter.getNameAsString());
        }
        for (MethodDeclaration method : SyntaxIndex.findAll(unit, MethodDeclaration.class)) {
            String returns = Syntax.simpleName(method.getType());
            ownReturns.merge(method.getNameAsString(), returns, (a, b) -> a.equals(b) ? a : "");
        }
        return declarations;
    }

    /** Counts every type the file names, outside the supertypes of its declarations. */
    private void typeUses() {
        for (ClassOrInterfaceType type : SyntaxIndex.findAll(unit, ClassOrInterfaceType.class)) {
            if (type.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
                    && outer.getScope().filter(scope -> scope == type).isPresent()) {
                continue; // the scope of a nested name, counted with it
            }
            if (type.getScope().isEmpty()
                    && Character.isLowerCase(type.getName().getIdentifier().charAt(0))) {
                continue; // a variable the parser could not tell from a type, as in list::add
            }
            if (type.getParentNode().orElse(null) instanceof TypeDeclaration) {
                continue; // extends and implements: kept as the declaration's supertypes
            }
            String name = type.getNameWithScope();
            if (type.getScope().isPresent()) {
                qualifiedBySimpleName.merge(type.getNameAsString(), name, (a, b) -> a.equals(b) ? a : "");
            }
            facilityOfType(type.getNameAsString(), line(type));
            use(name);
        }
    }

    /** Counts the types whose static fields the file reads ({@code Level.FINE}). */
    private void fieldAccesses() {
        for (FieldAccessExpr access : SyntaxIndex.findAll(unit, FieldAccessExpr.class)) {
            if (!(access.getParentNode().orElse(null) instanceof FieldAccessExpr)
                    && !(access.getParentNode().orElse(null) instanceof MethodCallExpr parent
                            && parent.getScope()
                                    .filter(scope -> scope == access)
                                    .isPresent())) {
                typeNamed(access.getScope()).ifPresent(this::use);
            }
        }
    }

    /** Counts constructor calls and method references as calls of the type they name. */
    private void creationsAndReferences() {
        for (ObjectCreationExpr creation : SyntaxIndex.findAll(unit, ObjectCreationExpr.class)) {
            count(
                    calls,
                    key(
                            creation.getType().getNameWithScope(),
                            Method.CONSTRUCTOR,
                            creation.getArguments().size()),
                    creation);
        }
        for (MethodReferenceExpr reference : SyntaxIndex.findAll(unit, MethodReferenceExpr.class)) {
            receiverOf(reference.getScope()).ifPresent(type -> {
                String method =
                        reference.getIdentifier().equals("new") ? Method.CONSTRUCTOR : reference.getIdentifier();
                count(calls, key(type, method, -1), reference);
            });
        }
    }

    /** Counts the exceptions caught in loops and survived. */
    private void caughtInLoops() {
        for (CatchClause clause : SyntaxIndex.findAll(unit, CatchClause.class)) {
            // an exception caught in a loop and survived steers the loop: control flow, not failure
            if (!inLoop(clause) || clause.getBody().findFirst(ThrowStmt.class).isPresent()) {
                continue;
            }
            Type caughtType = clause.getParameter().getType();
            List<Type> alternatives =
                    caughtType instanceof UnionType union ? new ArrayList<>(union.getElements()) : List.of(caughtType);
            for (Type alternative : alternatives) {
                if (alternative instanceof ClassOrInterfaceType named && kept(named.getNameWithScope())) {
                    caught.computeIfAbsent(named.getNameWithScope(), key -> new int[1])[0]++;
                }
            }
        }
    }

    private List<String> imports() {
        List<String> imports = new ArrayList<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            String name = declaration.getNameAsString();
            String text = (declaration.isStatic() ? "static " : "") + name + (declaration.isAsterisk() ? ".*" : "");
            imports.add(text);
            if (declaration.isStatic()) {
                if (!declaration.isAsterisk() && name.contains(".")) {
                    String type = name.substring(0, name.lastIndexOf('.'));
                    if (!JdkNames.isJdk(type)) {
                        staticMembers.put(name.substring(name.lastIndexOf('.') + 1), type);
                    }
                }
            } else if (JdkNames.isJdk(name)) {
                if (declaration.isAsterisk()) {
                    jdkOnDemand = true;
                } else {
                    jdkImports.add(name.substring(name.lastIndexOf('.') + 1));
                }
            } else if (!declaration.isAsterisk()) {
                otherImports.add(name.substring(name.lastIndexOf('.') + 1));
            }
            if (name.startsWith("java.lang.reflect")) {
                facility(FacilityKind.REFLECTION, line(declaration));
            }
        }
        return imports;
    }

    /**
     * The imports resolution may still need: every one but the JDK's single-type and static imports,
     * which the uses and calls already leave out, unless a member's signature, a field or a supertype
     * names the type (a {@code Duration} parameter is a JDK value, not an unresolved name).
     */
    private static List<String> needed(List<String> imports, List<DeclaredType> types) {
        Set<String> named = new HashSet<>();
        for (DeclaredType type : types) {
            type.fields().forEach(field -> words(field, named));
            type.supertypes().forEach(supertype -> words(supertype, named));
            for (Method method : type.methods()) {
                words(method.returns(), named);
                method.parameters().forEach(parameter -> words(parameter, named));
                method.exceptions().forEach(thrown -> words(thrown, named));
            }
        }
        List<String> needed = new ArrayList<>(imports.size());
        for (String text : imports) {
            boolean isStatic = text.startsWith("static ");
            String name = isStatic ? text.substring("static ".length()) : text;
            boolean jdkSingle = !name.endsWith(".*") && JdkNames.isJdk(name);
            if (!jdkSingle || !isStatic && named.contains(name.substring(name.lastIndexOf('.') + 1))) {
                needed.add(text);
            }
        }
        return needed;
    }

    private static void words(String type, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= type.length(); i++) {
            boolean part = i < type.length() && Character.isJavaIdentifierPart(type.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(type.substring(start, i));
                start = -1;
            }
        }
    }

    /** A type declared in the file or in another type, not inside a method. */
    private static boolean isMember(TypeDeclaration<?> type) {
        Node parent = type.getParentNode().orElse(null);
        return parent instanceof CompilationUnit || parent instanceof TypeDeclaration;
    }

    private DeclaredType declared(TypeDeclaration<?> type) {
        StringBuilder name = new StringBuilder(type.getNameAsString());
        Node parent = type.getParentNode().orElse(null);
        boolean inInterface = false;
        while (parent instanceof TypeDeclaration<?> outer) {
            if (name.length() == type.getNameAsString().length()) {
                inInterface = outer instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface()
                        || outer instanceof AnnotationDeclaration;
            }
            name.insert(0, outer.getNameAsString() + ".");
            parent = outer.getParentNode().orElse(null);
        }
        Kind kind = kind(type);
        List<String> supertypes = supertypes(type);
        List<String> typeParameterNames = type instanceof NodeWithTypeParameters<?> generic
                ? generic.getTypeParameters().stream()
                        .map(TypeParameter::getNameAsString)
                        .toList()
                : List.of();
        Members members = Members.of(type, kind);
        List<Method> methods = members.methods();
        if (type instanceof RecordDeclaration record) {
            recordMembers(record, methods);
        } else if (!members.declaresConstructor() && kind == Kind.CLASS && !type.isPrivate()) {
            methods.add(new Method(
                    Method.CONSTRUCTOR,
                    line(type.getName()),
                    false,
                    type.isPublic(),
                    false,
                    "void",
                    List.of(),
                    List.of(),
                    List.of()));
        }
        boolean callback = kind == Kind.INTERFACE
                && (Syntax.hasAnnotation(type, FUNCTIONAL_INTERFACE)
                        || members.abstractMethods() == 1
                        || CALLBACK_SUFFIXES.stream().anyMatch(type.getNameAsString()::endsWith));
        return new DeclaredType(
                name.toString(),
                kind,
                line(type.getName()),
                type.isPublic() || inInterface,
                callback,
                members.immutable(),
                members.buffer(),
                supertypes,
                typeParameterNames,
                members.fields(),
                methods);
    }

    /** The types a declaration extends and implements; noting serialization when among them. */
    private List<String> supertypes(TypeDeclaration<?> type) {
        List<String> supertypes = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            declaration.getExtendedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
            declaration.getImplementedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
        } else if (type instanceof EnumDeclaration declaration) {
            declaration.getImplementedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
        } else if (type instanceof RecordDeclaration declaration) {
            declaration.getImplementedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
        }
        for (String supertype : supertypes) {
            String simple = supertype.substring(supertype.lastIndexOf('.') + 1);
            if (simple.equals("Serializable") || simple.equals("Externalizable")) {
                facility(FacilityKind.SERIALIZATION, line(type));
            }
        }
        return supertypes;
    }

    /**
     * The members a type writes: its visible methods and constructors, its instance fields, and
     * whether those fields give a class the shape of a buffer.
     */
    private record Members(
            List<Method> methods,
            List<String> fields,
            int abstractMethods,
            boolean declaresConstructor,
            boolean immutable,
            boolean buffer) {

        static Members of(TypeDeclaration<?> type, Kind kind) {
            boolean isInterface = kind == Kind.INTERFACE;
            List<Method> methods = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            int abstractMethods = 0;
            if (type instanceof RecordDeclaration record) {
                for (Parameter component : record.getParameters()) {
                    addField(fields, component.getType());
                }
            }
            boolean declaresConstructor = false;
            boolean immutable = true;
            List<FieldDeclaration> instanceFields = new ArrayList<>();
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration field && !field.isStatic()) {
                    field.getVariables().forEach(variable -> addField(fields, variable.getType()));
                    immutable &= field.isFinal();
                    instanceFields.add(field);
                } else if (member instanceof MethodDeclaration method) {
                    if (isInterface && !method.isDefault() && !method.isStatic() && !method.isPrivate()) {
                        abstractMethods++;
                    }
                    if (!method.isPrivate()) {
                        methods.add(method(
                                method,
                                method.getNameAsString(),
                                text(method.getType()),
                                method.isStatic(),
                                method.isPublic() || isInterface));
                    }
                } else if (member instanceof ConstructorDeclaration constructor) {
                    declaresConstructor = true;
                    if (!constructor.isPrivate() && kind != Kind.ENUM) {
                        methods.add(method(constructor, Method.CONSTRUCTOR, "void", false, constructor.isPublic()));
                    }
                }
            }
            // an instance's own fields: what passes through FFI with it
            boolean buffer =
                    kind == Kind.CLASS && BufferShape.of(instanceFields).isBuffer();
            return new Members(methods, fields, abstractMethods, declaresConstructor, immutable, buffer);
        }
    }

    /** A record's accessors and canonical constructor are there whether written or not. */
    private static void recordMembers(RecordDeclaration record, List<Method> methods) {
        Set<String> written = new HashSet<>();
        methods.forEach(
                method -> written.add(method.name() + "/" + method.parameters().size()));
        for (Parameter component : record.getParameters()) {
            if (!written.contains(component.getNameAsString() + "/0")) {
                methods.add(new Method(
                        component.getNameAsString(),
                        line(component.getName()),
                        false,
                        true,
                        false,
                        text(component.getType()),
                        List.of(),
                        List.of(),
                        List.of()));
            }
        }
        if (!written.contains(Method.CONSTRUCTOR + "/" + record.getParameters().size())) {
            methods.add(new Method(
                    Method.CONSTRUCTOR,
                    line(record.getName()),
                    false,
                    true,
                    false,
                    "void",
                    record.getParameters().stream()
                            .map(component -> text(component.getType()))
                            .toList(),
                    List.of(),
                    List.of()));
        }
    }

    private static void addField(List<String> fields, Type type) {
        if (fields.size() < MAX_FIELDS) {
            fields.add(text(type));
        } else if (fields.size() == MAX_FIELDS) {
            fields.add("...");
        }
    }

    private static Kind kind(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            return declaration.isInterface() ? Kind.INTERFACE : Kind.CLASS;
        }
        if (type instanceof EnumDeclaration) {
            return Kind.ENUM;
        }
        if (type instanceof RecordDeclaration) {
            return Kind.RECORD;
        }
        return Kind.ANNOTATION;
    }

    private static Method method(
            CallableDeclaration<?> callable, String name, String returns, boolean isStatic, boolean visible) {
        List<String> parameters = new ArrayList<>();
        for (Parameter parameter : callable.getParameters()) {
            parameters.add(text(parameter.getType()) + (parameter.isVarArgs() ? "[]" : ""));
        }
        List<String> exceptions = new ArrayList<>();
        for (ReferenceType thrown : callable.getThrownExceptions()) {
            exceptions.add(text(thrown));
        }
        return new Method(
                name,
                line(callable.getName()),
                isStatic,
                visible,
                Syntax.hasAnnotation(callable, OVERRIDE),
                returns,
                parameters,
                exceptions,
                callable.getTypeParameters().stream()
                        .map(TypeParameter::getNameAsString)
                        .toList());
    }

    /** A type as written, without annotations, shortened when very long. */
    static String text(Type type) {
        String text = Syntax.written(type);
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private void call(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            String type = staticMembers.get(name);
            if (type != null) {
                count(calls, key(type, name, call.getArguments().size()), call);
            }
            return;
        }
        Expression scope = call.getScope().get();
        facilityOfCall(call, name, scope);
        Optional<String> named = typeNamed(scope);
        if (named.isPresent()) {
            use(named.get());
            count(calls, key(named.get(), name, call.getArguments().size()), call);
            return;
        }
        receiverOf(scope)
                .ifPresent(
                        type -> count(calls, key(type, name, call.getArguments().size()), call));
    }

    /** The type a call's receiver is declared with, or names for a static call. */
    private Optional<String> receiverOf(Expression scope) {
        Optional<String> cast = Syntax.castType(scope);
        if (cast.isPresent()) {
            // an array, an intersection or a primitive is no class a call could reach
            return cast.filter(FactCollector::isClassName).filter(this::kept);
        }
        Expression receiver = Syntax.unwrap(scope);
        if (receiver instanceof ObjectCreationExpr creation) {
            return Optional.of(creation.getType().getNameWithScope()).filter(this::kept);
        }
        if (receiver instanceof TypeExpr type && type.getType() instanceof ClassOrInterfaceType named) {
            return typeReceiver(named);
        }
        if (receiver instanceof MethodCallExpr inner
                && (inner.getScope().isEmpty() || inner.getScope().get() instanceof ThisExpr)) {
            // a call of the file's own method: its declared return type
            return Optional.ofNullable(ownReturns.get(inner.getNameAsString()))
                    .filter(FactCollector::isClassName)
                    .filter(this::kept);
        }
        if (receiver instanceof ArrayAccessExpr access) {
            Set<String> declared = variables.typesOf(access.getName());
            if (declared.size() == 1 && declared.iterator().next().endsWith("[]")) {
                String element = declared.iterator().next();
                element = element.substring(0, element.length() - 2);
                return isClassName(element) ? Optional.of(element).filter(this::kept) : Optional.empty();
            }
            return Optional.empty();
        }
        return variableReceiver(receiver);
    }

    /** The receiver of a method reference such as {@code Type::method} or {@code list::add}. */
    private Optional<String> typeReceiver(ClassOrInterfaceType named) {
        if (named.getScope().isEmpty()
                && Character.isLowerCase(named.getName().getIdentifier().charAt(0))) {
            // list::add: a variable the parser could not tell from a type
            Set<String> declared = variables.typesOf(named.getNameAsString());
            return declared.size() == 1 && isClassName(declared.iterator().next())
                    ? Optional.of(declared.iterator().next()).filter(this::kept)
                    : Optional.empty();
        }
        return Optional.of(named.getNameWithScope()).filter(this::kept);
    }

    /** A receiver that is a variable or field, by its declared type; else the type it names. */
    private Optional<String> variableReceiver(Expression receiver) {
        if (receiver instanceof NameExpr
                || receiver instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            // a name declared with one type throughout the file needs no walk through its scopes
            String variable = receiver instanceof NameExpr named
                    ? named.getNameAsString()
                    : ((FieldAccessExpr) receiver).getNameAsString();
            Set<String> everywhere = variables.typesOf(variable);
            Set<String> declared = everywhere.size() <= 1 ? everywhere : variables.typesOf(receiver);
            if (declared.size() == 1) {
                String type = declared.iterator().next();
                return !isClassName(type)
                        ? Optional.empty()
                        : Optional.of(qualifiedBySimpleName.getOrDefault(type, type))
                                .filter(name -> !name.isEmpty())
                                .filter(this::kept);
            }
            if (!declared.isEmpty()) {
                return Optional.empty();
            }
        }
        if (receiver instanceof FieldAccessExpr access && typeNamed(access).isEmpty()) {
            // route.backend: a field declared with one type wherever the file declares that name
            Set<String> declared = variables.typesOf(access.getNameAsString());
            return declared.size() == 1 && isClassName(declared.iterator().next())
                    ? Optional.of(declared.iterator().next()).filter(this::kept)
                    : Optional.empty();
        }
        return typeNamed(receiver);
    }

    /** A capitalised name or chain of names: not an array, a primitive, {@code var} or a union type. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("[A-Z][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    /** A declared type that names a class: not empty, not an array, not a primitive or {@code var}. */
    private static boolean isClassName(String type) {
        return CLASS_NAME.matcher(type).matches();
    }

    /**
     * The type an expression names, when it is a chain of names that is not a variable: {@code
     * Flags} in {@code Flags.ACK}, {@code a.b.Frames} in {@code a.b.Frames.decode(...)}.
     */
    private Optional<String> typeNamed(Expression expression) {
        if (expression instanceof NameExpr single) {
            String name = single.getNameAsString();
            return CAMEL_CASE.matcher(name).matches() && variables.typesOf(name).isEmpty() && kept(name)
                    ? Optional.of(name)
                    : Optional.empty();
        }
        if (!(expression instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        Expression current = expression;
        while (current instanceof FieldAccessExpr access) {
            segments.add(0, access.getNameAsString());
            current = access.getScope();
        }
        if (!(current instanceof NameExpr first)) {
            return Optional.empty();
        }
        segments.add(0, first.getNameAsString());
        if (!variables.typesOf(segments.get(0)).isEmpty()) {
            return Optional.empty();
        }
        int start = 0;
        while (start < segments.size()
                && Character.isLowerCase(segments.get(start).charAt(0))) {
            start++;
        }
        if (start == segments.size() || !CAMEL_CASE.matcher(segments.get(start)).matches()) {
            return Optional.empty();
        }
        int end = start + 1;
        while (end < segments.size() && CAMEL_CASE.matcher(segments.get(end)).matches()) {
            end++;
        }
        String name = String.join(".", segments.subList(0, end));
        return kept(name) ? Optional.of(name) : Optional.empty();
    }

    /** True for a name worth keeping: not the file's own, not a type parameter, not the JDK's. */
    private boolean kept(String name) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        if (first.isEmpty() || Character.isLowerCase(first.charAt(0))) {
            return !JdkNames.isJdk(name);
        }
        return !ownNames.contains(first)
                && !typeParameters.contains(first)
                && (otherImports.contains(first)
                        || !jdkImports.contains(first)
                                && !JdkNames.JAVA_LANG.contains(first)
                                && !(jdkOnDemand && JdkNames.COMMON_ON_DEMAND.contains(first)));
    }

    private void use(String name) {
        if (kept(name)) {
            uses.computeIfAbsent(name, key -> new int[1])[0]++;
        }
    }

    private void facilityOfType(String simpleName, int line) {
        if (CLASS_LOADING_TYPES.contains(simpleName)) {
            facility(FacilityKind.CLASS_LOADING, line);
        } else if (SERIALIZATION_TYPES.contains(simpleName) && !simpleName.endsWith("izable")) {
            facility(FacilityKind.SERIALIZATION, line);
        }
    }

    private void facilityOfCall(MethodCallExpr call, String name, Expression scope) {
        if (REFLECTIVE_CALLS.contains(name)
                || name.equals("forName")
                        && scope instanceof NameExpr type
                        && type.getNameAsString().equals("Class")
                || REFLECTIVE_BY_NAME.contains(name)
                        && !call.getArguments().isEmpty()
                        && call.getArgument(0) instanceof StringLiteralExpr) {
            facility(FacilityKind.REFLECTION, line(call));
        } else if (CLASS_LOADING_CALLS.contains(name)
                || name.equals("load")
                        && scope instanceof NameExpr type
                        && type.getNameAsString().equals("ServiceLoader")) {
            facility(FacilityKind.CLASS_LOADING, line(call));
        }
    }

    private void facility(FacilityKind kind, int line) {
        int[] seen = facilities.get(kind);
        if (seen == null) {
            facilities.put(kind, new int[] {line, 1});
        } else {
            seen[0] = Math.min(seen[0], line);
            seen[1]++;
        }
    }

    private static String key(String type, String method, int arity) {
        return type + "#" + method + "#" + arity;
    }

    private void count(Map<String, int[]> counts, String key, Node site) {
        int[] seen = counts.computeIfAbsent(key, k -> new int[2]);
        seen[0]++;
        if (inLoop(site)) {
            seen[1]++;
        }
    }

    /** True when the node sits in a loop of the method, constructor or initializer it belongs to. */
    private static boolean inLoop(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof ForStmt
                    || current instanceof ForEachStmt
                    || current instanceof WhileStmt
                    || current instanceof DoStmt) {
                return true;
            }
            if (current instanceof CallableDeclaration
                    || current instanceof LambdaExpr
                    || current instanceof InitializerDeclaration
                    || current instanceof TypeDeclaration) {
                return false;
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }

    private List<Call> calls() {
        List<Call> list = new ArrayList<>(calls.size());
        calls.forEach((key, counts) -> {
            int second = key.lastIndexOf('#');
            int first = key.lastIndexOf('#', second - 1);
            String type = key.substring(0, first);
            if (kept(type)) {
                list.add(new Call(
                        type,
                        key.substring(first + 1, second),
                        Integer.parseInt(key.substring(second + 1)),
                        counts[0],
                        counts[1]));
            }
        });
        return list;
    }

    private static List<Use> named(Map<String, int[]> counts) {
        List<Use> list = new ArrayList<>(counts.size());
        counts.forEach((name, count) -> list.add(new Use(name, count[0])));
        return list;
    }

    private List<Facility> facilities() {
        List<Facility> list = new ArrayList<>();
        facilities.forEach((kind, seen) -> list.add(new Facility(kind, seen[0], seen[1])));
        return list;
    }

    private static int line(Node node) {
        Optional<com.github.javaparser.Position> begin = node.getBegin();
        return begin.isPresent() ? begin.get().line : 1;
    }
}
