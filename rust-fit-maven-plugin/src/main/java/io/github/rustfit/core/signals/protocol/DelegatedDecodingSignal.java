package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bytes or text handed to another project's parser or serializer: a parse, decode, encode,
 * (de)serialize or (un)marshal call on a type the file imports from another project (one whose
 * package differs from the file's in its first three parts, such as {@code org.acme.wire} and
 * {@code com.example.json}), a read or write call on such a type named like a parser, codec,
 * serializer, mapper, reader or writer, a {@code parseFrom} or {@code mergeFrom} on any imported
 * type (generated message classes), and the JDK's XML parsers. Where a
 * module makes more such calls than it has byte-level code of its own, the parsing is a
 * dependency's, not the module's.
 */
public final class DelegatedDecodingSignal implements Signal {

    /** How a codec type's name ends. */
    static final List<String> CODEC_SUFFIXES = List.of(
            "Parser",
            "Decoder",
            "Encoder",
            "Codec",
            "Serializer",
            "Deserializer",
            "Mapper",
            "Marshaller",
            "Unmarshaller",
            "Reader",
            "Writer");

    /** Calls that decode or encode whatever type they are made on. */
    private static final Pattern DECODING_CALL =
            Pattern.compile("(parse|decode|encode|serialize|deserialize|marshal|unmarshal)[A-Za-z]*");
    /** Calls that decode or encode when made on a codec-named type. */
    private static final Pattern CODEC_CALL = Pattern.compile("(read|write|convert|fromJson|toJson)[A-Za-z]*");

    private static final Set<String> MESSAGE_CALLS = Set.of("parseFrom", "mergeFrom", "parseDelimitedFrom");
    /** The JDK's own parsers: to a module that calls them, another project's decoding. */
    private static final Set<String> JDK_PARSER_PACKAGES =
            Set.of("javax.xml.parsers", "javax.xml.stream", "org.xml.sax", "javax.xml.transform");

    private static final Set<String> PLATFORM_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com.sun");
    private static final int OWN_PARTS = 3;

    @Override
    public String id() {
        return "protocol.delegated-decoding";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.DELEGATED_DECODING);
    }

    @Override
    public String description() {
        return "Parsing and serialization handed to another project's library, which makes the byte-level"
                + " work a dependency's rather than the module's own.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        String own = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        Map<String, String> foreign = foreignTypes(unit, own);
        if (foreign.isEmpty()) {
            return;
        }
        VariableTypes types = VariableTypes.of(unit);
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            if (call.getScope().isEmpty()) {
                continue;
            }
            Expression scope = call.getScope().get();
            Set<String> receiverTypes = types.typesOf(scope);
            if (receiverTypes.isEmpty() && scope instanceof NameExpr name) {
                // a static call on an imported type
                receiverTypes = Set.of(name.getNameAsString());
            }
            String method = call.getNameAsString();
            for (String type : receiverTypes) {
                String qualified = foreign.get(type);
                if (qualified != null && delegates(type, qualified, method)) {
                    findings.report(call);
                    break;
                }
            }
        }
    }

    private static boolean delegates(String type, String qualified, String method) {
        if (MESSAGE_CALLS.contains(method)) {
            return true;
        }
        if (DECODING_CALL.matcher(method).matches()) {
            return true;
        }
        return CODEC_SUFFIXES.stream().anyMatch(type::endsWith)
                && CODEC_CALL.matcher(method).matches();
    }

    /** Simple name to qualified name of the types the file imports from another project. */
    static Map<String, String> foreignTypes(CompilationUnit unit, String own) {
        Map<String, String> foreign = new HashMap<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            if (declaration.isStatic() || declaration.isAsterisk()) {
                continue;
            }
            String name = declaration.getNameAsString();
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                continue;
            }
            String pkg = name.substring(0, dot);
            if (JDK_PARSER_PACKAGES.contains(pkg) || (!isPlatform(pkg) && !sameProject(pkg, own))) {
                foreign.put(name.substring(dot + 1), name);
            }
        }
        return foreign;
    }

    private static boolean isPlatform(String pkg) {
        return PLATFORM_ROOTS.stream().anyMatch(root -> pkg.equals(root) || pkg.startsWith(root + "."));
    }

    /** Two packages of one project share their first three parts (all of them if shorter). */
    static boolean sameProject(String pkg, String own) {
        if (own.isEmpty()) {
            return false;
        }
        List<String> a = Arrays.asList(pkg.split("\\."));
        List<String> b = Arrays.asList(own.split("\\."));
        int parts = Math.min(OWN_PARTS, Math.min(a.size(), b.size()));
        return a.subList(0, parts).equals(b.subList(0, parts));
    }
}
