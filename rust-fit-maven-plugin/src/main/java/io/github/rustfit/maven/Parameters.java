package io.github.rustfit.maven;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.manifest.ClosestMatch;
import io.github.rustfit.core.manifest.FileGlob;
import io.github.rustfit.core.manifest.Placeholders;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.review.Rationales;
import io.github.rustfit.core.review.ReviewDates;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewRequirement;
import io.github.rustfit.report.model.SourceLinks;
import io.github.rustfit.run.ReviewRun.ReviewRequest;
import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each parameter's check: a valid value, or a {@link SettingException} naming the property, what is
 * wrong and the closest valid value. {@link ReactorRequests} calls them all before any work.
 */
final class Parameters {

    private static final Choice<ForkMode> FORK = new Choice<>(
            "rustfit.fork", ForkMode.values(), mode -> mode.name().toLowerCase(Locale.ROOT), ForkMode.AUTO);
    private static final Choice<CacheMode> CACHE_MODE =
            new Choice<>("rustfit.cacheMode", CacheMode.values(), CacheMode::setting, CacheMode.READ_WRITE);
    private static final Choice<ReviewRequirement> REQUIREMENT = new Choice<>(
            "rustfit.requireReviewFor",
            ReviewRequirement.values(),
            ReviewRequirement::name,
            ReviewRequirement.STRONG_CANDIDATE);
    private static final Choice<ReviewDecision> DECISION =
            new Choice<>("rustfit.decision", ReviewDecision.values(), ReviewDecision::yamlName, ReviewDecision.REVISIT);

    /** The goals' switches, each by its parameter's name and its default. */
    static final Switch SKIP = new Switch("skip", false);

    static final Switch INCLUDE_TESTS = new Switch("includeTests", false);
    static final Switch INCLUDE_GENERATED = new Switch("includeGenerated", false);
    static final Switch USE_CACHE = new Switch("useCache", true);
    static final Switch FAIL_ON_MISSING_REVIEW = new Switch("failOnMissingReview", true);
    static final Switch FAIL_ON_MANIFEST_MISMATCH = new Switch("failOnManifestMismatch", false);
    static final Switch FAIL_ON_UNREADABLE_SOURCES = new Switch("failOnUnreadableSources", true);

    /** Said of a switch's value that is neither {@code true} nor {@code false}. */
    static final String NOT_A_SWITCH = "is neither true nor false";

    /** The fix for such a value: the property, the POM element and the default. */
    static final String USE_A_SWITCH =
            "Use true or false (-D%s or <%s> in the plugin's configuration); the default is %s";

    /** Said of a path where a directory stands instead of the file the plugin reads: what the file is. */
    static final String DIRECTORY_IN_PLACE = "is a directory, where %s should be";

    /** The fix for such a path: the property and what the file is. */
    static final String MOVE_THE_DIRECTORY = "Move the directory away, or point %s at %s";

    /** Said of a value that is still a printed command's placeholder, such as {@code <names>}. */
    static final String TO_FILL = "is still a placeholder to fill in";

    /** Up to how many modules a refusal of {@code rustfit.module} names them all. */
    private static final int FEW_MODULES = 5;

    private Parameters() {}

    static int threads(String setting) throws SettingException {
        int threads = (int) whole("rustfit.threads", setting, 0, Integer.MAX_VALUE, "0 (one thread per processor)");
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    static ForkMode fork(String fork) throws SettingException {
        return FORK.of(fork);
    }

    static List<String> forkArguments(String arguments) {
        return arguments == null || arguments.isBlank()
                ? List.of()
                : List.of(arguments.strip().split("\\s+"));
    }

    static CacheMode cacheMode(String useCache, String mode) throws SettingException {
        boolean used = USE_CACHE.of(useCache);
        CacheMode chosen = CACHE_MODE.of(mode);
        return used ? chosen : CacheMode.OFF;
    }

    /** Said of a {@code rustfit.cacheFile} that is a directory. */
    static final String CACHE_FILE_IS_A_DIRECTORY = "is a directory; the cache is one file, written and replaced whole";

    /**
     * Where the cache file is; an existing directory is refused before any work, since the cache
     * could neither be read from it nor saved there, and it is never replaced.
     */
    static Path cacheFile(File file, CacheMode mode) throws SettingException {
        Path path = file.toPath().toAbsolutePath().normalize();
        if (mode != CacheMode.OFF && Files.isDirectory(path)) {
            throw new SettingException(
                    "rustfit.cacheFile",
                    path,
                    CACHE_FILE_IS_A_DIRECTORY,
                    "Point it at a file in that directory, such as " + path.resolve("file-reports.zip")
                            + ", or leave it out for the default");
        }
        return file.toPath();
    }

    static long maxFileSize(String bytes) throws SettingException {
        return whole(
                "rustfit.maxFileSize",
                bytes,
                1,
                Long.MAX_VALUE,
                ReactorAnalyzer.DEFAULT_MAX_FILE_BYTES + " bytes (1 MiB)");
    }

    static int maxEvidencePerSignal(String count) throws SettingException {
        return (int) whole(
                "rustfit.maxEvidencePerSignal",
                count,
                1,
                Integer.MAX_VALUE,
                String.valueOf(AnalysisRequest.DEFAULT_MAX_EVIDENCE));
    }

    static Optional<String> languageLevel(String level) throws SettingException {
        Optional<String> given = Optional.ofNullable(level).filter(value -> !value.isBlank());
        try {
            LanguageLevels.resolveName(given);
        } catch (IllegalArgumentException e) {
            String newest = LanguageLevels.newestName().substring("JAVA_".length());
            throw new SettingException(
                    "rustfit.languageLevel",
                    level,
                    "is not a Java level the parser knows",
                    "Use a Java version such as 17 or 21; the newest known is " + newest);
        }
        return given;
    }

    /** The exclusion globs, each one checked. */
    static List<String> excludes(String excludes) throws SettingException {
        List<String> globs = excludes == null ? List.of() : globs(excludes);
        for (String glob : globs) {
            var problem = FileGlob.problem(glob);
            if (problem.isPresent()) {
                throw new SettingException(
                        "rustfit.excludes",
                        excludes,
                        "holds a glob no source path can match: "
                                + problem.get().replaceAll("\\.$", ""),
                        "Write globs such as **/generated/**,legacy/**");
            }
        }
        return globs;
    }

    /** The modules named to get an extraction plan whatever their verdict, by artifactId or path. */
    static List<String> planFor(String modules) {
        return modules == null
                ? List.of()
                : Arrays.stream(modules.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
    }

    /** The comma-separated globs of a setting; a comma inside {@code {a,b}} belongs to its glob. */
    private static List<String> globs(String setting) {
        List<String> globs = new ArrayList<>();
        StringBuilder glob = new StringBuilder();
        int depth = 0;
        for (char c : setting.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                globs.add(glob.toString().strip());
                glob.setLength(0);
            } else {
                glob.append(c);
            }
        }
        globs.add(glob.toString().strip());
        return globs.stream().filter(each -> !each.isEmpty()).toList();
    }

    static ReviewRequirement requirement(String requirement) throws SettingException {
        return REQUIREMENT.of(requirement);
    }

    /** The largest drift tolerance: evidence that doubled, or halved twice over, is no longer what was reviewed. */
    static final double MAX_DRIFT_TOLERANCE = 1;

    /** Said of a drift tolerance above {@link #MAX_DRIFT_TOLERANCE}. */
    static final String DRIFT_ABOVE_ONE = "is above 1: the tolerance is a fraction of what the review saw (0.1 is"
            + " 10%), so this one would let the evidence grow more than twofold before a review is stale, which"
            + " turns the drift check off";

    /** The fix for a drift tolerance that is not a fraction from 0 to 1. */
    static final String USE_A_FRACTION =
            "Write a fraction from 0 to 1, such as the default " + ReviewPolicy.DEFAULT_DRIFT_TOLERANCE + " (10%)";

    /**
     * How far the evidence may drift after a review: a fraction from 0 to 1 ({@code 0.1} is 10%). A
     * larger value, such as {@code 10} meant as 10%, would leave no review stale however the code
     * moved, so it is refused with the fraction that was likely meant.
     */
    static double driftTolerance(String setting) throws SettingException {
        String given = setting == null ? "" : setting.strip();
        BigDecimal tolerance;
        try {
            tolerance = new BigDecimal(given.endsWith("%") ? given.substring(0, given.length() - 1) : given);
        } catch (NumberFormatException e) {
            tolerance = null;
        }
        if (tolerance == null || tolerance.signum() < 0) {
            throw new SettingException(
                    "rustfit.driftTolerance", given, "is not a fraction from 0 to 1", USE_A_FRACTION);
        }
        if (given.endsWith("%")) {
            throw new SettingException(
                    "rustfit.driftTolerance", given, "is written as a percentage", asFraction(tolerance));
        }
        if (tolerance.compareTo(BigDecimal.valueOf(MAX_DRIFT_TOLERANCE)) > 0) {
            throw new SettingException(
                    "rustfit.driftTolerance",
                    given,
                    DRIFT_ABOVE_ONE,
                    tolerance.compareTo(BigDecimal.valueOf(100)) <= 0 ? asFraction(tolerance) : USE_A_FRACTION);
        }
        return tolerance.doubleValue();
    }

    /** The fix for a tolerance written as a percentage, {@code percent}: the fraction it means. */
    private static String asFraction(BigDecimal percent) {
        String fraction = percent.movePointLeft(2).stripTrailingZeros().toPlainString();
        return "Write a fraction from 0 to 1: " + fraction + " for "
                + percent.stripTrailingZeros().toPlainString() + "%; the default is "
                + ReviewPolicy.DEFAULT_DRIFT_TOLERANCE + " (10%)";
    }

    static int revisitWarningDays(String days) throws SettingException {
        return (int) whole(
                "rustfit.revisitWarningDays",
                days,
                0,
                Integer.MAX_VALUE,
                String.valueOf(ReviewPolicy.DEFAULT_REVISIT_WARNING_DAYS));
    }

    /**
     * Today in UTC by {@code clock}; a build may fix it with {@code rustfit.today} (yyyy-MM-dd), as
     * the integration tests do to judge expiry deterministically.
     */
    static LocalDate today(String fixed, Clock clock) throws SettingException {
        LocalDate today = ReviewDates.today(clock);
        return fixed == null || fixed.isBlank() ? today : date("rustfit.today", fixed, today);
    }

    /**
     * What the log says when the day reviews are judged on, {@code used} (from {@link #today}), is not
     * the clock's: a {@code rustfit.today} left in a build's configuration would otherwise keep every
     * review from expiring, unseen.
     */
    static Optional<String> todayNotice(LocalDate used, Clock clock) {
        LocalDate clockToday = ReviewDates.today(clock);
        if (used.equals(clockToday)) {
            return Optional.empty();
        }
        return Optional.of("rust-fit: review dates are judged as of " + used + " (rustfit.today), not today's "
                + clockToday + ": no review expires or warns after that date while it is set. Remove"
                + " rustfit.today outside tests.");
    }

    /**
     * The review goal's values as given, unchecked.
     *
     * @param module {@code rustfit.module}
     * @param decision {@code rustfit.decision}
     * @param rationale {@code rustfit.rationale}
     * @param reviewers {@code rustfit.reviewers}
     * @param revisitBy {@code rustfit.revisitBy}, null when not set
     */
    record ReviewValues(String module, String decision, String rationale, String reviewers, String revisitBy) {}

    /** A check of one value. */
    private interface Check<T> {
        T value() throws SettingException;
    }

    /**
     * The review to record, every value checked; a refusal names each value that is still a
     * placeholder of the printed command, or wrong, at once, so one run says all there is to fill in.
     */
    static ReviewRequest review(ReviewValues given, AnalysisRequest request, LocalDate today) throws SettingException {
        List<SettingException> refused = new ArrayList<>();
        String module = checked(refused, () -> module(given.module(), request));
        ReviewDecision decision = checked(refused, () -> decision(given.decision()));
        String rationale = checked(refused, () -> rationale(given.rationale(), decision));
        List<String> reviewers = checked(refused, () -> reviewers(given.reviewers()));
        LocalDate revisitBy = checked(refused, () -> revisitBy(given.revisitBy(), today));
        if (!refused.isEmpty()) {
            throw SettingException.of(refused);
        }
        return new ReviewRequest(module, decision, rationale, reviewers, revisitBy);
    }

    private static <T> T checked(List<SettingException> refused, Check<T> check) {
        try {
            return check.value();
        } catch (SettingException e) {
            refused.add(e);
            return null;
        }
    }

    static ReviewDecision decision(String decision) throws SettingException {
        filledIn("rustfit.decision", decision, "Choose one of " + DECISION.names());
        return DECISION.of(decision);
    }

    /** The rationale; {@code decision} is null when it was refused. */
    static String rationale(String rationale, ReviewDecision decision) throws SettingException {
        String fix = decision == null
                ? "Write why the team decided as it did, in its own words"
                : "Write why the team decided " + decision.yamlName() + ", in its own words";
        filledIn("rustfit.rationale", rationale, fix);
        if (Rationales.isPlaceholder(rationale)) {
            throw new SettingException(
                    "rustfit.rationale", rationale == null ? "" : rationale.strip(), "is empty or a placeholder", fix);
        }
        return rationale.strip();
    }

    static List<String> reviewers(String reviewers) throws SettingException {
        String fix = "List who reviewed, comma-separated, such as -Drustfit.reviewers=alice,bob";
        filledIn("rustfit.reviewers", reviewers, fix);
        List<String> names = reviewers == null
                ? List.of()
                : Arrays.stream(reviewers.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
        for (String name : names) {
            filledIn("rustfit.reviewers", name, fix);
            if (Placeholders.isPlaceholderName(name)) {
                throw new SettingException("rustfit.reviewers", name, "is a placeholder, not a name", fix);
            }
        }
        if (names.isEmpty()) {
            throw new SettingException("rustfit.reviewers", reviewers == null ? "" : reviewers, "names no one", fix);
        }
        return names;
    }

    /**
     * Refuses a value that is still a placeholder of a printed command, such as
     * {@code <names, comma-separated>}, so that the command run unchanged records nothing.
     */
    private static void filledIn(String property, String value, String fix) throws SettingException {
        if (Placeholders.isToFill(value)) {
            throw new SettingException(property, value.strip(), TO_FILL, fix);
        }
    }

    static LocalDate revisitBy(String revisitBy, LocalDate today) throws SettingException {
        LocalDate usual = today.plusMonths(ReviewEvidence.DEFAULT_REVISIT_MONTHS);
        if (revisitBy == null || revisitBy.isBlank()) {
            return usual;
        }
        LocalDate date = date("rustfit.revisitBy", revisitBy, usual);
        if (!date.isAfter(today)) {
            throw new SettingException(
                    "rustfit.revisitBy",
                    revisitBy,
                    "is not after today (" + today + ")",
                    "Use a later date, such as " + today.plusDays(1) + "; without the setting it is " + usual);
        }
        LocalDate latest = ReviewDates.latestRevisit(today);
        if (date.isAfter(latest)) {
            throw new SettingException(
                    "rustfit.revisitBy",
                    revisitBy,
                    "is more than " + ReviewDates.MAX_HOLD_YEARS + " years after today (" + today + ")",
                    "Use a date no later than " + latest + "; without the setting it is " + usual);
        }
        return date;
    }

    /** The reviewed module, by artifactId or path from the project's top, as the reactor has it. */
    static String module(String module, AnalysisRequest request) throws SettingException {
        filledIn(
                "rustfit.module", module, "Name the module to review, by artifactId or by path from the project's top");
        String wanted = module == null ? "" : module.strip();
        Path root = request.executionRoot().toAbsolutePath().normalize();
        List<String> artifactIds = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (ModuleRequest candidate : request.modules()) {
            String path = root.relativize(
                            candidate.baseDirectory().toAbsolutePath().normalize())
                    .toString()
                    .replace('\\', '/');
            if (candidate.artifactId().equals(wanted) || (path.isEmpty() ? "." : path).equals(wanted)) {
                return wanted;
            }
            artifactIds.add(candidate.artifactId());
            known.add(candidate.artifactId());
            known.add(path.isEmpty() ? "." : path);
        }
        // a large reactor's every name would bury the one that was meant: name that one, or a few
        String others = artifactIds.size() <= FEW_MODULES
                ? "Use one of " + String.join(", ", artifactIds) + ", by artifactId or by path"
                : "Use one of its " + artifactIds.size() + " modules, by artifactId or by path from the project's top";
        throw new SettingException(
                "rustfit.module",
                wanted,
                "is not a module of this reactor",
                ClosestMatch.among(wanted, known)
                        .map(match -> "Did you mean " + match + "?")
                        .orElse(others));
    }

    static Optional<Path> compareTo(File compareTo) throws SettingException {
        if (compareTo == null) {
            return Optional.empty();
        }
        readableFile("rustfit.compareTo", compareTo.toPath(), "a rust-fit.json");
        if (!Files.isRegularFile(compareTo.toPath())) {
            throw new SettingException(
                    "rustfit.compareTo",
                    compareTo,
                    "names no file",
                    "Point it at a rust-fit.json kept from an earlier build, or remove the setting");
        }
        return Optional.of(compareTo.toPath());
    }

    /**
     * The manifest, refused when a directory stands in its place: reading it would fail with no more
     * than the file system's "Is a directory".
     */
    static Path manifest(Path file) throws SettingException {
        return readableFile("rustfit.manifest", file, "the manifest file");
    }

    /**
     * A file the plugin reads, named by {@code property}, refused when a directory stands in its
     * place; every such setting is checked here, so that all say it alike.
     *
     * @param what the file that belongs there, such as {@code the manifest file}
     */
    static Path readableFile(String property, Path file, String what) throws SettingException {
        if (Files.isDirectory(file)) {
            throw new SettingException(
                    property,
                    file,
                    String.format(Locale.ROOT, DIRECTORY_IN_PLACE, what),
                    String.format(Locale.ROOT, MOVE_THE_DIRECTORY, property, what));
        }
        return file;
    }

    /** The source URL template, checked. */
    static Optional<String> sourceUrl(String template) throws SettingException {
        if (template == null || template.isBlank()) {
            return Optional.empty();
        }
        String given = template.strip();
        String example =
                "Write one such as https://github.com/org/repo/blob/main/" + SourceLinks.PATH + "#L" + SourceLinks.LINE;
        if (!given.contains(SourceLinks.PATH)) {
            throw new SettingException("rustfit.sourceUrl", given, "must contain " + SourceLinks.PATH, example);
        }
        try {
            SourceLinks.template(given);
        } catch (IllegalArgumentException e) {
            throw new SettingException("rustfit.sourceUrl", given, "must be an http or https URL", example);
        }
        return Optional.of(given);
    }

    /**
     * The whole number {@code setting} holds, from {@code minimum} to {@code maximum}; the refusal
     * names the bound and the default. The Mojo takes the setting as
     * text so that this refusal, not Maven's bare "cannot convert", answers a value such as
     * {@code two}.
     */
    private static long whole(String property, String setting, long minimum, long maximum, String defaultValue)
            throws SettingException {
        String given = setting == null ? "" : setting.strip();
        String fix = "Use " + minimum + " or more; the default is " + defaultValue;
        BigInteger value;
        try {
            value = new BigInteger(given);
        } catch (NumberFormatException e) {
            throw new SettingException(property, given, "is not a whole number", fix);
        }
        if (value.compareTo(BigInteger.valueOf(minimum)) < 0) {
            throw new SettingException(property, given, "is below " + minimum, fix);
        }
        if (value.compareTo(BigInteger.valueOf(maximum)) > 0) {
            throw new SettingException(
                    property,
                    given,
                    "is above " + maximum,
                    "Use " + maximum + " or less; the default is " + defaultValue);
        }
        return value.longValue();
    }

    private static LocalDate date(String property, String value, LocalDate example) throws SettingException {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SettingException(property, value, "is not a date", "Write it yyyy-MM-dd, such as " + example);
        }
    }

    /**
     * A parameter that is on or off: {@code true} or {@code false} in any case, with spaces around.
     * The Mojo takes it as text, with the same property and default, because Maven reads any other
     * text as {@code false}: {@code -Drustfit.failOnMissingReview=ture} would turn the gate off
     * unseen. A bare {@code -Drustfit.skip} is Maven's {@code true}.
     *
     * @param name the parameter's name, which is its POM element and, prefixed {@code rustfit.}, its
     *     user property
     * @param byDefault its {@code defaultValue}, also taken when there is no value at all (a Mojo
     *     made outside Maven)
     */
    record Switch(String name, boolean byDefault) {

        String property() {
            return "rustfit." + name;
        }

        boolean of(String setting) throws SettingException {
            if (setting == null) {
                return byDefault;
            }
            String given = setting.strip();
            if (given.equalsIgnoreCase("true")) {
                return true;
            }
            if (given.equalsIgnoreCase("false")) {
                return false;
            }
            throw new SettingException(
                    property(),
                    given,
                    NOT_A_SWITCH,
                    String.format(Locale.ROOT, USE_A_SWITCH, property(), name, byDefault));
        }
    }

    /**
     * A parameter that names one of a few values, in any case, by {@code name} (or its constant's
     * name); a refusal lists them and names the closest, or {@code fallback} when none is close.
     */
    private record Choice<T>(String property, T[] values, Function<T, String> name, T fallback) {

        T of(String setting) throws SettingException {
            String given = setting == null ? "" : setting.strip();
            for (T value : values) {
                if (name.apply(value).equalsIgnoreCase(given)
                        || value.toString().equalsIgnoreCase(given)) {
                    return value;
                }
            }
            List<String> names = Arrays.stream(values).map(name).toList();
            String closest = ClosestMatch.among(given, names).orElse(name.apply(fallback));
            throw new SettingException(
                    property,
                    given,
                    "is not one of " + String.join(", ", names),
                    "Use " + closest + ", the closest valid value");
        }

        /** {@code a, b, c}. */
        String names() {
            return String.join(", ", Arrays.stream(values).map(name).toList());
        }
    }
}
