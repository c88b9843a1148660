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
import java.util.function.Function;

/**
 * The {@code facts} part of a file report's encoding, as strict as the rest: every field present
 * and of its type, every name a Java name, every number in range. The many small records (a
 * method, a call, a use) are each one string of fields separated by {@code |}, lists inside them
 * separated by {@code ;}: neither occurs in a Java name or in a type as written, so the encoding is
 * unambiguous, and a file's facts are a few dozen JSON values rather than a few thousand.
 *
 * <pre>{"imports":["a.b.C","a.b.*","static a.b.C.m"],
 *  "types":[["Outer.Inner","CLASS",3,5,["Base"],["T"],["int","byte[]"],
 *            ["decode|5|4|byte[]|byte[];int|IOException|"]]],
 *  "uses":["Frame|3"], "calls":["Frame|&lt;init&gt;|2|1|0"], "caught":["DecodingException|1"],
 *  "facilities":[["REFLECTION",12,2]]}</pre>
 *
 * <p>A type's flags are 1 for visible, 2 for a callback interface, 4 for immutable and 8 for a
 * class shaped like a buffer; a method's
 * are 1 for static, 2 for {@code @Override} and 4 for visible. A method is its name, line, flags,
 * return type, parameter types, thrown types and type parameters; a call its type, method, arity
 * ({@code -1} for a method reference), count and count in loops; a use its name and count.
 */
final class FileFactsCodec {

    private static final char FIELD = '|';
    private static final char ITEM = ';';
    private static final Set<String> FIELDS = Set.of("imports", "types", "uses", "calls", "caught", "facilities");

    /** No file has more entries of one kind than a 1 MiB file could hold; a larger list is not one we wrote. */
    private static final int MAX_ENTRIES = 1 << 20;

    /** Java allows at most 255 parameters. */
    private static final int MAX_ARITY = 255;

    private FileFactsCodec() {}

    private static int typeFlags(DeclaredType type) {
        return (type.visible() ? 1 : 0)
                | (type.callback() ? 2 : 0)
                | (type.immutable() ? 4 : 0)
                | (type.buffer() ? 8 : 0);
    }

    static ObjectNode toTree(FileFacts facts) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode imports = node.putArray("imports");
        facts.imports().forEach(imports::add);
        ArrayNode types = node.putArray("types");
        StringBuilder text = new StringBuilder(128);
        for (DeclaredType type : facts.types()) {
            ArrayNode entry = types.addArray()
                    .add(type.name())
                    .add(type.kind().name())
                    .add(type.line())
                    .add(typeFlags(type));
            type.supertypes().forEach(entry.addArray()::add);
            ArrayNode typeParameters = entry.addArray();
            type.typeParameters().forEach(typeParameters::add);
            ArrayNode fields = entry.addArray();
            type.fields().forEach(fields::add);
            ArrayNode methods = entry.addArray();
            for (Method method : type.methods()) {
                methods.add(method(method, text));
            }
        }
        encoded(node.putArray("uses"), facts.uses(), use -> use(use, text));
        encoded(node.putArray("calls"), facts.calls(), call -> call(call, text));
        encoded(node.putArray("caught"), facts.caught(), use -> use(use, text));
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

    /** Writes the facts as {@link #toTree} would build them, straight to {@code json}. */
    static void write(FileFacts facts, com.fasterxml.jackson.core.JsonGenerator json) throws java.io.IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("imports");
        for (String text : facts.imports()) {
            json.writeString(text);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("types");
        StringBuilder text = new StringBuilder(128);
        for (DeclaredType type : facts.types()) {
            json.writeStartArray();
            json.writeString(type.name());
            json.writeString(type.kind().name());
            json.writeNumber(type.line());
            json.writeNumber(typeFlags(type));
            strings(json, type.supertypes());
            strings(json, type.typeParameters());
            strings(json, type.fields());
            json.writeStartArray();
            for (Method method : type.methods()) {
                json.writeString(method(method, text));
            }
            json.writeEndArray();
            json.writeEndArray();
        }
        json.writeEndArray();
        encoded(json, "uses", facts.uses(), use -> use(use, text));
        encoded(json, "calls", facts.calls(), call -> call(call, text));
        encoded(json, "caught", facts.caught(), use -> use(use, text));
        json.writeArrayFieldStart("facilities");
        for (Facility facility : facts.facilities()) {
            json.writeStartArray();
            json.writeString(facility.kind().name());
            json.writeNumber(facility.line());
            json.writeNumber(facility.count());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Each item's one-string encoding, into {@code array}. */
    private static <T> void encoded(ArrayNode array, List<T> items, Function<T, String> encoding) {
        for (T item : items) {
            array.add(encoding.apply(item));
        }
    }

    /** The array {@code field} of each item's one-string encoding, as {@link #encoded(ArrayNode, List, Function)} builds it. */
    private static <T> void encoded(
            com.fasterxml.jackson.core.JsonGenerator json, String field, List<T> items, Function<T, String> encoding)
            throws java.io.IOException {
        json.writeArrayFieldStart(field);
        for (T item : items) {
            json.writeString(encoding.apply(item));
        }
        json.writeEndArray();
    }

    private static void strings(com.fasterxml.jackson.core.JsonGenerator json, List<String> values)
            throws java.io.IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static String method(Method method, StringBuilder text) {
        text.setLength(0);
        text.append(method.name())
                .append(FIELD)
                .append(method.line())
                .append(FIELD)
                .append((method.isStatic() ? 1 : 0) | (method.overrides() ? 2 : 0) | (method.visible() ? 4 : 0))
                .append(FIELD)
                .append(method.returns())
                .append(FIELD);
        items(text, method.parameters()).append(FIELD);
        items(text, method.exceptions()).append(FIELD);
        items(text, method.typeParameters());
        return text.toString();
    }

    private static String use(Use use, StringBuilder text) {
        text.setLength(0);
        return text.append(use.name()).append(FIELD).append(use.count()).toString();
    }

    private static String call(Call call, StringBuilder text) {
        text.setLength(0);
        return text.append(call.type())
                .append(FIELD)
                .append(call.method())
                .append(FIELD)
                .append(call.arity())
                .append(FIELD)
                .append(call.count())
                .append(FIELD)
                .append(call.inLoops())
                .toString();
    }

    private static StringBuilder items(StringBuilder text, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text.append(ITEM);
            }
            text.append(items.get(i));
        }
        return text;
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
        List<String> imports = new ArrayList<>();
        for (JsonNode value : array(node.get("imports"), "facts.imports")) {
            imports.add(importText(value));
        }
        List<DeclaredType> types = new ArrayList<>();
        for (JsonNode type : array(node.get("types"), "facts.types")) {
            types.add(type(type));
        }
        List<Use> uses = uses(node.get("uses"), "facts.uses");
        List<Call> calls = new ArrayList<>();
        for (JsonNode value : array(node.get("calls"), "facts.calls")) {
            String[] fields = fields(value, 5, "a call must be type, method, arity, count and count in loops");
            int count = number(fields[3], "a call's count", 1, FileReportCodec.MAX_LINE);
            calls.add(new Call(
                    name(fields[0], "a call's type"),
                    methodName(fields[1]),
                    number(fields[2], "a call's arity", -1, MAX_ARITY),
                    count,
                    number(fields[4], "a call's count in loops", 0, count)));
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
        int flags = FileReportCodec.intIn(node.get(3), "a type's flags", 0, 15);
        List<String> supertypes = new ArrayList<>();
        for (JsonNode value : array(node.get(4), "a type's supertypes")) {
            supertypes.add(name(text(value, "a supertype"), "a supertype"));
        }
        List<String> typeParameters = new ArrayList<>();
        for (JsonNode value : array(node.get(5), "a type's type parameters")) {
            typeParameters.add(identifier(text(value, "a type parameter"), "a type parameter"));
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode field : array(node.get(6), "a type's fields")) {
            String text = text(field, "a field's type");
            if (fields.size() == FactCollector.MAX_FIELDS && text.equals("...")) {
                fields.add(text);
                continue;
            }
            if (fields.size() >= FactCollector.MAX_FIELDS) {
                throw new Invalid("a type keeps at most " + FactCollector.MAX_FIELDS + " fields");
            }
            fields.add(typeText(text, "a field's type"));
        }
        List<Method> methods = new ArrayList<>();
        for (JsonNode method : array(node.get(7), "a type's methods")) {
            methods.add(method(method));
        }
        return new DeclaredType(
                name(text(node.get(0), "a type's name"), "a type's name"),
                kind(node.get(1)),
                FileReportCodec.intIn(node.get(2), "a type's line", 1, FileReportCodec.MAX_LINE),
                (flags & 1) != 0,
                (flags & 2) != 0,
                (flags & 4) != 0,
                (flags & 8) != 0,
                supertypes,
                typeParameters,
                fields,
                methods);
    }

    private static Method method(JsonNode node) throws Invalid {
        String[] fields = fields(
                node,
                7,
                "a method must be name, line, flags, return type, parameters, thrown types and type parameters");
        int flags = number(fields[2], "a method's flags", 0, 7);
        List<String> parameters = items(fields[4], "a parameter's type", MAX_ARITY);
        List<String> exceptions = items(fields[5], "a thrown type", MAX_ENTRIES);
        List<String> typeParameters = new ArrayList<>();
        for (String parameter : items(fields[6], "a type parameter", MAX_ENTRIES)) {
            typeParameters.add(identifier(parameter, "a type parameter"));
        }
        return new Method(
                methodName(fields[0]),
                number(fields[1], "a method's line", 1, FileReportCodec.MAX_LINE),
                (flags & 1) != 0,
                (flags & 4) != 0,
                (flags & 2) != 0,
                typeText(fields[3], "a method's return type"),
                parameters,
                exceptions,
                typeParameters);
    }

    private static List<String> items(String text, String what, int max) throws Invalid {
        List<String> items = new ArrayList<>();
        if (text.isEmpty()) {
            return items;
        }
        int start = 0;
        while (true) {
            int end = text.indexOf(ITEM, start);
            items.add(typeText(end < 0 ? text.substring(start) : text.substring(start, end), what));
            if (items.size() > max) {
                throw new Invalid("more than " + max + " of " + what);
            }
            if (end < 0) {
                return items;
            }
            start = end + 1;
        }
    }

    private static List<Use> uses(JsonNode node, String what) throws Invalid {
        List<Use> uses = new ArrayList<>();
        for (JsonNode value : array(node, what)) {
            String[] fields = fields(value, 2, "an entry of '" + what + "' must be a name and a count");
            uses.add(new Use(
                    name(fields[0], "a used type's name"),
                    number(fields[1], "a use's count", 1, FileReportCodec.MAX_LINE)));
        }
        return uses;
    }

    /** The tab-separated fields of a string value: exactly {@code count} of them. */
    private static String[] fields(JsonNode node, int count, String what) throws Invalid {
        String text = text(node, what);
        String[] fields = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = text.indexOf(FIELD, start);
            if (i == count - 1) {
                if (end >= 0) {
                    throw new Invalid(what);
                }
                fields[i] = text.substring(start);
            } else {
                if (end < 0) {
                    throw new Invalid(what);
                }
                fields[i] = text.substring(start, end);
                start = end + 1;
            }
        }
        return fields;
    }

    private static JsonNode array(JsonNode node, String what) throws Invalid {
        if (node == null || !node.isArray() || node.size() > MAX_ENTRIES) {
            throw new Invalid("'" + what + "' must be an array");
        }
        return node;
    }

    private static String text(JsonNode node, String what) throws Invalid {
        if (node == null || !node.isTextual()) {
            throw new Invalid(what + " must be text");
        }
        return node.asText();
    }

    private static int number(String text, String what, int min, int max) throws Invalid {
        boolean digits = !text.isEmpty() && text.length() <= 11;
        for (int i = 0; i < text.length() && digits; i++) {
            char c = text.charAt(i);
            digits = Character.isDigit(c) && c < 128 || i == 0 && c == '-' && text.length() > 1;
        }
        if (!digits) {
            throw new Invalid("'" + what + "' must be a whole number");
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw new Invalid("'" + what + "' is " + value + ", outside " + min + ".." + max);
        }
        return (int) value;
    }

    private static String identifier(String text, String what) throws Invalid {
        if (!isIdentifier(text, 0, text.length())) {
            throw new Invalid(what + " must be a Java name");
        }
        return text;
    }

    /** A Java name, simple or qualified: identifiers separated by dots. */
    private static String name(String text, String what) throws Invalid {
        int start = 0;
        while (true) {
            int end = text.indexOf('.', start);
            if (!isIdentifier(text, start, end < 0 ? text.length() : end)) {
                throw new Invalid(what + " must be a Java name");
            }
            if (end < 0) {
                return text;
            }
            start = end + 1;
        }
    }

    private static boolean isIdentifier(String text, int start, int end) {
        if (end <= start || !Character.isJavaIdentifierStart(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!Character.isJavaIdentifierPart(text.charAt(i)) || Character.isIdentifierIgnorable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A type as written: printable text of at most {@link FactCollector#MAX_TEXT} characters,
     * without the separators (which no type contains).
     */
    private static String typeText(String text, String what) throws Invalid {
        if (text.isEmpty() || text.length() > FactCollector.MAX_TEXT) {
            throw new Invalid(what + " must be a type of 1 to " + FactCollector.MAX_TEXT + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == FIELD || c == ITEM) {
                throw new Invalid(what + " must be a type as written");
            }
        }
        return text;
    }

    private static String importText(JsonNode node) throws Invalid {
        String text = text(node, "an import");
        String name = text.startsWith("static ") ? text.substring("static ".length()) : text;
        if (name.endsWith(".*")) {
            name = name.substring(0, name.length() - 2);
        }
        name(name, "an import");
        return text;
    }

    private static String methodName(String text) throws Invalid {
        return text.equals(Method.CONSTRUCTOR) ? Method.CONSTRUCTOR : identifier(text, "a method's name");
    }

    private static Kind kind(JsonNode node) throws Invalid {
        return constant(node, Kind.values(), "a type's kind must be one of CLASS, INTERFACE, ENUM, RECORD, ANNOTATION");
    }

    private static FacilityKind facilityKind(JsonNode node) throws Invalid {
        return constant(
                node, FacilityKind.values(), "a facility must be one of REFLECTION, SERIALIZATION, CLASS_LOADING");
    }

    /** The constant of {@code constants} the text names, or {@code message} as the codec's complaint. */
    private static <E extends Enum<E>> E constant(JsonNode node, E[] constants, String message) throws Invalid {
        if (node != null && node.isTextual()) {
            for (E constant : constants) {
                if (constant.name().equals(node.asText())) {
                    return constant;
                }
            }
        }
        throw new Invalid(message);
    }
}
