package io.github.rustfit.core.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rustfit.core.extraction.FactCollector;
import io.github.rustfit.core.extraction.FileFacts;
import io.github.rustfit.core.extraction.FileFacts.Call;
import io.github.rustfit.core.extraction.FileFacts.DeclaredType;
import io.github.rustfit.core.extraction.FileFacts.Facility;
import io.github.rustfit.core.extraction.FileFacts.FacilityKind;
import io.github.rustfit.core.extraction.FileFacts.Kind;
import io.github.rustfit.core.extraction.FileFacts.Method;
import io.github.rustfit.core.extraction.FileFacts.Use;
import io.github.rustfit.core.file.FileReportCodec.Invalid;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code facts} part of a file report's encoding, as strict as the rest: every field present
 * and of its type, every name a Java name, every number in range.
 *
 * <pre>{"imports":["a.b.C","a.b.*"],
 *  "types":[["Outer.Inner","CLASS",3,1,["Base"],["T"],["int","byte[]"],[["decode",5,0,"byte[]",["byte[]"],["IOException"],[]]]]],
 *  "uses":[["Frame",3]], "calls":[["Frame","<init>",2,1,0]], "caught":[["DecodingException",1]],
 *  "facilities":[["REFLECTION",12,2]]}</pre>
 *
 * <p>A type's flags are 1 for visible, 2 for a callback interface and 4 for immutable; a method's are 1 for static, 2
 * for {@code @Override} and 4 for visible (public, or a member of an interface).
 */
final class FileFactsCodec {

    private static final String IDENTIFIER = "[\\p{L}_$][\\p{L}\\p{N}_$]*";
    private static final Pattern NAME = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
    private static final Pattern IMPORT =
            Pattern.compile("(static )?" + IDENTIFIER + "(\\." + IDENTIFIER + ")*(\\.\\*)?");
    private static final Pattern SIMPLE = Pattern.compile(IDENTIFIER);
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1," + FactCollector.MAX_TEXT + "}");
    private static final Set<String> FIELDS = Set.of("imports", "types", "uses", "calls", "caught", "facilities");

    /** No file has more entries of one kind than a 1 MiB file could hold; a larger list is not one we wrote. */
    private static final int MAX_ENTRIES = 1 << 20;

    /** Java allows at most 255 parameters. */
    private static final int MAX_ARITY = 255;

    private FileFactsCodec() {}

    static ObjectNode toTree(FileFacts facts) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode imports = node.putArray("imports");
        facts.imports().forEach(imports::add);
        ArrayNode types = node.putArray("types");
        for (DeclaredType type : facts.types()) {
            ArrayNode entry = types.addArray()
                    .add(type.name())
                    .add(type.kind().name())
                    .add(type.line())
                    .add((type.visible() ? 1 : 0) | (type.callback() ? 2 : 0) | (type.immutable() ? 4 : 0));
            strings(entry.addArray(), type.supertypes());
            strings(entry.addArray(), type.typeParameters());
            strings(entry.addArray(), type.fields());
            ArrayNode methods = entry.addArray();
            for (Method method : type.methods()) {
                ArrayNode m = methods.addArray()
                        .add(method.name())
                        .add(method.line())
                        .add((method.isStatic() ? 1 : 0) | (method.overrides() ? 2 : 0) | (method.visible() ? 4 : 0))
                        .add(method.returns());
                strings(m.addArray(), method.parameters());
                strings(m.addArray(), method.exceptions());
                strings(m.addArray(), method.typeParameters());
            }
        }
        ArrayNode uses = node.putArray("uses");
        facts.uses().forEach(use -> uses.addArray().add(use.name()).add(use.count()));
        ArrayNode calls = node.putArray("calls");
        for (Call call : facts.calls()) {
            calls.addArray()
                    .add(call.type())
                    .add(call.method())
                    .add(call.arity())
                    .add(call.count())
                    .add(call.inLoops());
        }
        ArrayNode caught = node.putArray("caught");
        facts.caught().forEach(use -> caught.addArray().add(use.name()).add(use.count()));
        ArrayNode facilities = node.putArray("facilities");
        for (Facility facility : facts.facilities()) {
            facilities
                    .addArray()
                    .add(facility.kind().name())
                    .add(facility.line())
                    .add(facility.count());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static FileFacts fromTree(JsonNode node) throws Invalid {
        if (!node.isObject() || node.size() != FIELDS.size()) {
            throw new Invalid("'facts' must hold "
                    + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new Invalid("unknown field 'facts." + name + "'");
            }
        }
        List<String> imports = strings(node.get("imports"), "an import", IMPORT, MAX_ENTRIES);
        List<DeclaredType> types = new ArrayList<>();
        for (JsonNode type : array(node.get("types"), "facts.types")) {
            types.add(type(type));
        }
        List<Use> uses = uses(node.get("uses"), "facts.uses");
        List<Call> calls = new ArrayList<>();
        for (JsonNode call : array(node.get("calls"), "facts.calls")) {
            if (!call.isArray() || call.size() != 5) {
                throw new Invalid("a call must be [type, method, arity, count, inLoops]");
            }
            int count = FileReportCodec.intIn(call.get(3), "a call's count", 1, FileReportCodec.MAX_LINE);
            calls.add(new Call(
                    text(call.get(0), "a call's type", NAME),
                    methodName(call.get(1)),
                    FileReportCodec.intIn(call.get(2), "a call's arity", -1, MAX_ARITY),
                    count,
                    FileReportCodec.intIn(call.get(4), "a call's count in loops", 0, count)));
        }
        List<Use> caught = uses(node.get("caught"), "facts.caught");
        List<Facility> facilities = new ArrayList<>();
        for (JsonNode facility : array(node.get("facilities"), "facts.facilities")) {
            if (!facility.isArray() || facility.size() != 3) {
                throw new Invalid("a facility must be [kind, line, count]");
            }
            facilities.add(new Facility(
                    facilityKind(facility.get(0)),
                    FileReportCodec.intIn(facility.get(1), "a facility's line", 1, FileReportCodec.MAX_LINE),
                    FileReportCodec.intIn(facility.get(2), "a facility's count", 1, FileReportCodec.MAX_LINE)));
        }
        return new FileFacts(imports, types, uses, calls, caught, facilities);
    }

    private static DeclaredType type(JsonNode node) throws Invalid {
        if (!node.isArray() || node.size() != 8) {
            throw new Invalid("a declared type must be [name, kind, line, flags, supertypes, typeParameters, fields,"
                    + " methods]");
        }
        int flags = FileReportCodec.intIn(node.get(3), "a type's flags", 0, 7);
        List<String> fields = new ArrayList<>();
        for (JsonNode field : array(node.get(6), "a type's fields")) {
            if (fields.size() == FactCollector.MAX_FIELDS
                    && field.isTextual()
                    && field.asText().equals("...")) {
                fields.add("...");
                continue;
            }
            if (fields.size() >= FactCollector.MAX_FIELDS) {
                throw new Invalid("a type keeps at most " + FactCollector.MAX_FIELDS + " fields");
            }
            fields.add(text(field, "a field's type", TEXT));
        }
        List<Method> methods = new ArrayList<>();
        for (JsonNode method : array(node.get(7), "a type's methods")) {
            if (!method.isArray() || method.size() != 7) {
                throw new Invalid(
                        "a method must be [name, line, flags, returns, parameters, exceptions, typeParameters]");
            }
            int methodFlags = FileReportCodec.intIn(method.get(2), "a method's flags", 0, 7);
            methods.add(new Method(
                    methodName(method.get(0)),
                    FileReportCodec.intIn(method.get(1), "a method's line", 1, FileReportCodec.MAX_LINE),
                    (methodFlags & 1) != 0,
                    (methodFlags & 4) != 0,
                    (methodFlags & 2) != 0,
                    text(method.get(3), "a method's return type", TEXT),
                    strings(method.get(4), "a parameter's type", TEXT, MAX_ARITY),
                    strings(method.get(5), "a thrown type", TEXT, MAX_ENTRIES),
                    strings(method.get(6), "a type parameter", SIMPLE, MAX_ENTRIES)));
        }
        return new DeclaredType(
                text(node.get(0), "a type's name", NAME),
                kind(node.get(1)),
                FileReportCodec.intIn(node.get(2), "a type's line", 1, FileReportCodec.MAX_LINE),
                (flags & 1) != 0,
                (flags & 2) != 0,
                (flags & 4) != 0,
                strings(node.get(4), "a supertype", NAME, MAX_ENTRIES),
                strings(node.get(5), "a type parameter", SIMPLE, MAX_ENTRIES),
                fields,
                methods);
    }

    private static List<Use> uses(JsonNode node, String what) throws Invalid {
        List<Use> uses = new ArrayList<>();
        for (JsonNode use : array(node, what)) {
            if (!use.isArray() || use.size() != 2) {
                throw new Invalid("an entry of '" + what + "' must be [name, count]");
            }
            uses.add(new Use(
                    text(use.get(0), "a used type's name", NAME),
                    FileReportCodec.intIn(use.get(1), "a use's count", 1, FileReportCodec.MAX_LINE)));
        }
        return uses;
    }

    private static JsonNode array(JsonNode node, String what) throws Invalid {
        if (node == null || !node.isArray() || node.size() > MAX_ENTRIES) {
            throw new Invalid("'" + what + "' must be an array");
        }
        return node;
    }

    private static List<String> strings(JsonNode node, String what, Pattern pattern, int max) throws Invalid {
        if (node == null || !node.isArray() || node.size() > max) {
            throw new Invalid("the list of " + what + "s must be an array of at most " + max);
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode value : node) {
            values.add(text(value, what, pattern));
        }
        return values;
    }

    private static String text(JsonNode node, String what, Pattern pattern) throws Invalid {
        if (node == null || !node.isTextual() || !pattern.matcher(node.asText()).matches()) {
            throw new Invalid(
                    what + " must be a Java name or type of at most " + FactCollector.MAX_TEXT + " characters");
        }
        return node.asText();
    }

    private static String methodName(JsonNode node) throws Invalid {
        if (node != null && node.isTextual() && node.asText().equals(Method.CONSTRUCTOR)) {
            return Method.CONSTRUCTOR;
        }
        return text(node, "a method's name", SIMPLE);
    }

    private static Kind kind(JsonNode node) throws Invalid {
        if (node != null && node.isTextual()) {
            for (Kind kind : Kind.values()) {
                if (kind.name().equals(node.asText())) {
                    return kind;
                }
            }
        }
        throw new Invalid("a type's kind must be one of CLASS, INTERFACE, ENUM, RECORD, ANNOTATION");
    }

    private static FacilityKind facilityKind(JsonNode node) throws Invalid {
        if (node != null && node.isTextual()) {
            for (FacilityKind kind : FacilityKind.values()) {
                if (kind.name().equals(node.asText())) {
                    return kind;
                }
            }
        }
        throw new Invalid("a facility must be one of REFLECTION, SERIALIZATION, CLASS_LOADING");
    }
}
