package it.app.legacy;

// left out of the analysis by rustfit.excludes: a review that counted it saw other evidence
public final class OldGreeting {
    private final String prefix;

    public OldGreeting(String prefix) {
        this.prefix = prefix;
    }

    public String greet(String name) {
        if (name == null || name.isEmpty()) {
            return prefix + ", stranger";
        }
        StringBuilder out = new StringBuilder(prefix);
        out.append(", ");
        out.append(name);
        return out.toString();
    }

    public String greetAll(String... names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(greet(name)).append('\n');
        }
        return out.toString();
    }
}
