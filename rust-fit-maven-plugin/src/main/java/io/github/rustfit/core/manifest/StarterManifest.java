package io.github.rustfit.core.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The text of a first manifest for a reactor: one component per module with code, its lifecycle
 * and the answers the code suggests left as comments for the team to confirm, and its evidence
 * summarised. YAML, or JSON (without the comments JSON cannot hold) for a {@code .json} file.
 * The text is read back with {@link ManifestReader} before it is returned, so init never writes a
 * manifest the plugin would refuse.
 */
public final class StarterManifest {

    /** Init produced text its own reader refuses: a defect of the plugin, never written. */
    static final String UNREADABLE = "rust-fit:init produced a manifest it cannot read back, so it wrote nothing;"
            + " please report this defect of the plugin with the reactor's module names: %s";

    private StarterManifest() {}

    /**
     * The components the starter manifest proposes, one per module with code, in the result's
     * order. Each is named by the module's artifactId, or, where two modules share one, by
     * groupId:artifactId or by path, with {@code -2}, {@code -3}, ... as a last resort, so no two
     * names are equal. Each lists the module by its artifactId when no other module of the
     * reactor answers to that word, else by its path.
     */
    public static List<Component> components(AnalysisResult result) {
        return entries(result).stream().map(Entry::component).toList();
    }

    /** A proposed component and the module it is for. */
    private record Entry(ModuleResult module, Component component) {}

    private static List<Entry> entries(AnalysisResult result) {
        List<ModuleResult> listed = listed(result);
        Map<String, Long> artifactIds = counts(listed, ModuleResult::artifactId);
        Map<String, Long> coordinates = counts(listed, StarterManifest::coordinates);
        Set<String> names = new HashSet<>();
        Set<String> references = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (ModuleResult module : listed) {
            String reference = reference(module, result);
            if (!references.add(reference)) {
                // a module the manifest cannot tell from another (its path is the other's
                // artifactId): the component that lists that word already covers it
                continue;
            }
            String name;
            if (!module.artifactId().isBlank() && artifactIds.get(module.artifactId()) == 1) {
                name = module.artifactId();
            } else if (!module.artifactId().isBlank() && coordinates.get(coordinates(module)) == 1) {
                name = coordinates(module);
            } else if (!module.path().isBlank()) {
                name = module.path();
            } else {
                name = "module";
            }
            String unique = name;
            for (int n = 2; !names.add(unique); n++) {
                unique = name + "-" + n;
            }
            entries.add(new Entry(module, new Component(unique, List.of(reference), null, null, null, null)));
        }
        return entries;
    }

    /**
     * The manifest for {@code file}: JSON when its name ends in {@code .json}, else YAML, whose
     * header says how to record reviews with {@code commands}.
     */
    public static String render(Path file, AnalysisResult result, ManifestCommands commands) {
        String text = ManifestReader.isJsonFile(file) ? json(result) : yaml(result, commands);
        requireReadable(file, text, result);
        return text;
    }

    private static String yaml(AnalysisResult result, ManifestCommands commands) {
        StringBuilder out = new StringBuilder();
        out.append("# rust-fit component manifest: which modules make up each component, the team's own\n");
        out.append("# answers to the three questions, and the fit review of each component.\n");
        out.append("# Written by ").append(commands.init());
        out.append(" from the code. Confirm each commented line, then uncomment it.\n");
        out.append("# Record a review with this command, each quoted <...> filled in:\n");
        out.append("#   ").append(commands.review()).append('\n');
        out.append("# JSON Schema: io/github/rustfit/rust-fit-manifest.schema.json in the plugin jar.\n");
        out.append("version: 1\n");
        List<Entry> entries = entries(result);
        if (entries.isEmpty()) {
            return out.append("components: []\n").toString();
        }
        out.append("components:\n");
        for (Entry entry : entries) {
            ModuleResult module = entry.module();
            Component component = entry.component();
            ReviewEvidence evidence = ReviewEvidence.of(List.of(module));
            out.append('\n');
            comment(
                    out,
                    "  # ",
                    module.artifactId()
                            + (module.path().equals(".") ? "" : " (" + module.path() + ")")
                            + ": " + ReviewYaml.evidenceSummary(module));
            comment(out, "  #   ", "evidence " + evidence.digest());
            out.append("  - name: ").append(ReviewYaml.scalar(component.name())).append('\n');
            out.append("    modules: ")
                    .append(ReviewYaml.list(component.modules()))
                    .append('\n');
            out.append("    # lifecycle: production   # prototype | experimental | production | deprecated\n");
            out.append("    # owner: <team>\n");
            out.append("    # answers:                # what the code suggests; confirm or correct each one\n");
            for (QuestionAnswer answer : module.judgement().questions()) {
                comment(
                        out,
                        "    #   ",
                        answer.question().key() + ": "
                                + answer.inferred().name().toLowerCase(Locale.ROOT));
                for (String reason : answer.reasons()) {
                    comment(out, "    #     # ", reason);
                }
            }
        }
        return out.toString();
    }

    /** A comment line; no character of {@code text} can end it early or make the file unreadable. */
    private static void comment(StringBuilder out, String prefix, String text) {
        out.append(prefix).append(ReviewYaml.comment(text)).append('\n');
    }

    private static String json(AnalysisResult result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", Manifest.VERSION);
        document.put(
                "components",
                components(result).stream()
                        .map(component -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("name", component.name());
                            entry.put("modules", component.modules());
                            return entry;
                        })
                        .toList());
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return ReviewYaml.escapeLoneSurrogates(JSON.writer(printer).writeValueAsString(document)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson cannot write a map of strings as JSON", e);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Reads the text back as rust-fit would; it must parse and cover every module it lists. */
    private static void requireReadable(Path file, String text, AnalysisResult result) {
        Manifest manifest;
        try {
            manifest = ManifestReader.parse(file, text);
        } catch (ManifestException e) {
            throw new IllegalStateException(String.format(Locale.ROOT, UNREADABLE, e.getMessage()), e);
        }
        for (ModuleResult module : listed(result)) {
            if (manifest.componentFor(module.artifactId(), module.path()).isEmpty()) {
                throw new IllegalStateException(String.format(
                        Locale.ROOT,
                        UNREADABLE,
                        file + ": no component covers module " + module.artifactId() + " (" + module.path() + ")"));
            }
        }
    }

    /** The modules that get a component: an aggregator holds no code to place in one. */
    private static List<ModuleResult> listed(AnalysisResult result) {
        return result.modules().stream()
                .filter(module ->
                        !("pom".equals(module.identity().packaging()) && module.verdict() == Verdict.NOT_ANALYZED))
                .toList();
    }

    /**
     * How the manifest names the module: components match modules by artifactId or by path, so
     * the artifactId when no other module of the reactor answers to it, else the path (unique in
     * a reactor; the manifest reader refuses a blank one).
     */
    private static String reference(ModuleResult module, AnalysisResult result) {
        boolean artifactIdIsOnlyItsOwn = !module.artifactId().isBlank()
                && result.modules().stream()
                        .filter(other -> other != module)
                        .noneMatch(other -> other.artifactId().equals(module.artifactId())
                                || other.path().equals(module.artifactId()));
        return artifactIdIsOnlyItsOwn || module.path().isBlank() ? module.artifactId() : module.path();
    }

    private static String coordinates(ModuleResult module) {
        return String.valueOf(module.identity().groupId()) + ":" + module.artifactId();
    }

    private static Map<String, Long> counts(List<ModuleResult> modules, Function<ModuleResult, String> key) {
        return modules.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
