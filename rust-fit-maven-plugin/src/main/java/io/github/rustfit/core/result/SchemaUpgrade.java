package io.github.rustfit.core.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an older result as the current schema, so a result kept from an earlier build still serves
 * {@code rustfit.compareTo}. Version 1 held each module's fields flat; version 2 groups them.
 */
final class SchemaUpgrade {

    /** A version 1 review state's values of the recorded review, grouped in version 2. */
    private static final String[] RECORDED = {"decision", "rationale", "reviewers", "date", "revisitBy"};

    private SchemaUpgrade() {}

    /** The tree of a version 1 result, regrouped as version 2. */
    static JsonNode fromVersion1(JsonNode tree) {
        ObjectNode result = ((ObjectNode) tree).deepCopy();
        result.put("schemaVersion", AnalysisResult.SCHEMA_VERSION);
        for (JsonNode node : result.path("modules")) {
            if (!(node instanceof ObjectNode module)) {
                continue; // not a module: reading it as version 2 says what is wrong, and where
            }
            ObjectNode grouped = module.objectNode();
            grouped.set("identity", take(module, "groupId", "artifactId", "path", "packaging"));
            ObjectNode sources = take(module, "files", "parseProblems", "notes");
            sources.set("roots", module.get("sourceRoots"));
            grouped.set("sources", sources);
            grouped.set("graph", take(module, "dependsOn", "dependents"));
            grouped.set("evidence", take(module, "signals", "criteria"));
            grouped.set(
                    "judgement",
                    take(module, "questions", "verdict", "rationale", "whatWouldChange", "basis", "margin"));
            JsonNode review = module.get("review");
            if (review instanceof ObjectNode state) {
                boolean recorded = state.hasNonNull("decision");
                ObjectNode values = take(state, RECORDED);
                state.remove(java.util.List.of(RECORDED));
                state.set("recorded", recorded ? values : state.nullNode());
            }
            grouped.set("review", review);
            grouped.set("adoption", module.get("adoption"));
            module.removeAll();
            module.setAll(grouped);
        }
        return result;
    }

    private static ObjectNode take(ObjectNode from, String... fields) {
        ObjectNode group = from.objectNode();
        for (String field : fields) {
            if (from.has(field)) {
                group.set(field, from.get(field));
            }
        }
        return group;
    }
}
