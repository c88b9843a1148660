package io.github.rustfit.report.model;

import java.util.Locale;

/**
 * Where a location in the sources links to. By default a link relative to the report's own
 * location, so the report opened from disk (or published beside the sources) opens the file; with
 * a URL template, such as a repository browser's {@code https://host/org/repo/blob/main/{path}#L{line}},
 * a link into it, for reports published from CI. Paths are relative to the execution root, with
 * forward slashes; each segment is percent-encoded.
 */
public final class SourceLinks {

    /** The placeholder for the file's path, relative to the execution root. */
    public static final String PATH = "{path}";

    /** The placeholder for the 1-based line ({@code 1} when only the file is known). */
    public static final String LINE = "{line}";

    /** Why a template is refused; {@code %s} is the template. */
    public static final String NO_PATH_PLACEHOLDER = "rustfit.sourceUrl must contain " + PATH + " (and may contain "
            + LINE + "), as in" + " https://example.org/repo/blob/main/{path}#L{line}; it is: %s";

    public static final String BAD_SCHEME = "rustfit.sourceUrl must be an http or https URL with " + PATH + " (and "
            + LINE + "), as in https://example.org/repo/blob/main/{path}#L{line}; it is: %s";

    /** No links: locations show as text. */
    public static final SourceLinks NONE = new SourceLinks(null, null);

    private final String toRoot;
    private final String template;

    private SourceLinks(String toRoot, String template) {
        this.toRoot = toRoot;
        this.template = template;
    }

    /**
     * Links relative to the report: {@code toRoot} leads from the report's directory to the
     * execution root, such as {@code ../../} for {@code target/rust-fit/index.html} ({@code ""}
     * when the report sits in the root).
     */
    public static SourceLinks relative(String toRoot) {
        String prefix = toRoot.replace('\\', '/');
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix += "/";
        }
        return new SourceLinks(prefix, null);
    }

    /**
     * Links through a URL template holding {@link #PATH} and perhaps {@link #LINE}.
     *
     * @throws IllegalArgumentException with {@link #NO_PATH_PLACEHOLDER} or {@link #BAD_SCHEME}
     */
    public static SourceLinks template(String template) {
        if (!template.contains(PATH)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, NO_PATH_PLACEHOLDER, template));
        }
        String start = template.toLowerCase(Locale.ROOT);
        if (!start.startsWith("http://") && !start.startsWith("https://")) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, BAD_SCHEME, template));
        }
        return new SourceLinks(null, template);
    }

    /** The link to {@code file} at {@code line} (0 for the whole file), or null without links. */
    public String href(String file, int line) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String path = encode(file);
        if (template != null) {
            return template.replace(PATH, path).replace(LINE, String.valueOf(Math.max(line, 1)));
        }
        return toRoot == null ? null : toRoot + path;
    }

    /** Percent-encodes each segment of a relative path, keeping the slashes. */
    public static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '/'
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~'
                    || c == '$';
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
