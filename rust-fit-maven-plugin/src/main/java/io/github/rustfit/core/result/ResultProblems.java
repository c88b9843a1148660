package io.github.rustfit.core.result;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the JSON reader found wrong with a result file, in plain words and at its line and column:
 * the reader's own wording names the plugin's classes and its settings, which say nothing to the
 * person who has to fix the file.
 */
final class ResultProblems {

    /** Said of text that is not JSON; the detail follows. */
    static final String NOT_JSON = "not valid JSON: %s";

    /** Said of a value of the wrong kind: where, what it holds, what belongs there. */
    static final String WRONG_KIND = "%s holds %s where %s belongs";

    /** Said of text that ends inside a value. */
    static final String CUT_OFF = "the JSON ends too early, as if the file were cut off";

    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*");
    private static final Pattern UNEXPECTED =
            Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\):? ?(.*)");

    /** The reader's "from Integer value" and the like: the kind of value it met. */
    private static final Pattern FROM = Pattern.compile("from (\\w+(?:-\\w+)?) value");

    private static final Map<String, String> KINDS = Map.of(
            "Integer", "a number",
            "Floating-point", "a number",
            "Number", "a number",
            "String", "text",
            "Array", "a list",
            "Object", "an object",
            "Boolean", "true or false",
            "Null", "null");

    private ResultProblems() {}

    /** The problem {@code e} reports in {@code file}, at its place when the reader knows it. */
    static ResultFileException of(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
        return new ResultFileException(file, line, column, problem(e), e);
    }

    static String problem(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return CUT_OFF;
        }
        if (e instanceof JsonParseException) {
            return String.format(NOT_JSON, syntax(firstLine(e)));
        }
        String where = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String subject = where.isEmpty() ? "the file" : where;
        if (e instanceof ValueInstantiationException
                && e.getCause() != null
                && e.getCause().getMessage() != null) {
            return subject + ": " + e.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return subject + " holds '" + invalid.getValue() + "', which is not one of "
                    + Arrays.stream(invalid.getTargetType().getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return String.format(WRONG_KIND, subject, found(mismatch), expected(mismatch.getTargetType()));
        }
        return subject + ": " + firstLine(e);
    }

    /** The reader's syntax complaint, shortened to what a person needs. */
    private static String syntax(String message) {
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.matches()) {
            return "'" + unrecognized.group(1) + "' is no JSON value (text must be quoted; true, false and null are"
                    + " written in lower case)";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.matches()) {
            return "'" + unexpected.group(1) + "' is out of place"
                    + (unexpected.group(2).isEmpty() ? "" : " (" + unexpected.group(2) + ")");
        }
        return message;
    }

    /** Where in the result the value sits, such as {@code modules[0].sources.files}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What kind of value the file holds where the reader stopped. */
    private static String found(MismatchedInputException e) {
        JsonToken token =
                e.getProcessor() instanceof JsonParser parser && !parser.isClosed() ? parser.currentToken() : null;
        if (token == null) {
            // a closed parser forgets its token; the reader's wording still names the kind
            Matcher from = FROM.matcher(String.valueOf(e.getOriginalMessage()));
            return from.find() ? KINDS.getOrDefault(from.group(1), "another kind of value") : "another kind of value";
        }
        return switch (token) {
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "another kind of value";
        };
    }

    /** What kind of value belongs where a {@code type} is read. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "an object"; // a map or one of the result's records
    }

    /** The reader's explanation on one line, without its echo of the source and its pointer. */
    private static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable content";
        }
        String first = message.split("\\R", 2)[0].strip();
        return first.replaceAll("[.]$", "");
    }
}
