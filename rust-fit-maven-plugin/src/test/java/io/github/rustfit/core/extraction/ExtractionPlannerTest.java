package io.github.rustfit.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.parse.SourceParser;
import io.github.rustfit.core.result.ExtractionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractionPlannerTest {

    private static FileFacts facts(String source) {
        SourceParser.Outcome outcome = new SourceParser(LanguageLevels.newest()).parse(source);
        return FactCollector.collect(((SourceParser.Outcome.Parsed) outcome).unit());
    }

    private static ExtractionPlanner.Module module(String name) {
        return new ExtractionPlanner.Module("g:" + name, name, name, List.of());
    }

    @Test
    void a_hot_path_entangled_with_its_module_is_cut_short_at_the_bound_and_called_wide() {
        ModuleOutline outline = new ModuleOutline();
        int classes = CutFinder.MAX_CUT + 5;
        outline.add(
                "m/p/Hot.java",
                40,
                "p",
                facts("package p; public final class Hot { C0 next; int spin(int x) { return x >>> 1; } }"),
                12);
        for (int i = 0; i < classes; i++) {
            String next = i + 1 < classes ? "C" + (i + 1) + " next;" : "";
            outline.add("m/p/C" + i + ".java", 10, "p", facts("package p; final class C" + i + " { " + next + " }"), 0);
        }
        ExtractionPlanner planner = new ExtractionPlanner(List.of());

        planner.moduleDone(module("m"), outline, List.of("m/p/Hot.java"));
        ExtractionPlan plan = planner.plan("g:m", false).orElseThrow();

        assertThat(plan.cut().bounded()).isTrue();
        assertThat(plan.cut().classes()).hasSize(CutFinder.MAX_CUT);
        assertThat(plan.cut().classes().get(0).type()).isEqualTo("p.Hot");
        assertThat(plan.cut().explanation()).contains("reaches " + (classes + 1) + " of the module's");
        assertThat(plan.needs().thisModule()).isNotEmpty();
        assertThat(plan.boundary().kind()).isEqualTo(ExtractionPlan.Kind.WIDE);
        assertThat(plan.boundary().reason()).contains("entangled");
    }

    @Test
    void a_module_asked_for_without_strong_fit_evidence_gets_a_plan_that_says_there_is_no_cut() {
        ModuleOutline outline = new ModuleOutline();
        outline.add("m/p/Plain.java", 5, "p", facts("package p; public class Plain {}"), 0);
        ExtractionPlanner planner = new ExtractionPlanner(List.of("m"));

        planner.moduleDone(module("m"), outline, List.of());
        ExtractionPlan plan = planner.plan("g:m", false).orElseThrow();

        assertThat(planner.requested("m", "elsewhere")).isTrue();
        assertThat(plan.cut().classes()).isEmpty();
        assertThat(plan.cut().explanation()).contains("no hot path");
        assertThat(plan.boundary()).isNull();
    }

    @Test
    void calls_from_a_later_module_into_an_earlier_modules_cut_are_counted_with_their_caller() {
        ExtractionPlanner planner = new ExtractionPlanner(List.of());
        ModuleOutline codec = new ModuleOutline();
        codec.add(
                "codec/p/Codec.java",
                20,
                "p",
                facts("package p; public final class Codec { public static byte[] pack(byte[] in) { return in; } }"),
                9);
        planner.moduleDone(module("codec"), codec, List.of("codec/p/Codec.java"));
        ModuleOutline app = new ModuleOutline();
        app.add(
                "app/q/App.java",
                10,
                "q",
                facts(
                        "package q; import p.Codec; class App { byte[] go(byte[] b) { return Codec.pack(Codec.pack(b)); } }"),
                0);
        planner.moduleDone(module("app"), app, List.of());

        ExtractionPlan plan = planner.plan("g:codec", false).orElseThrow();

        assertThat(plan.callers()).containsExactly(new ExtractionPlan.Caller("app", 1, 2));
        assertThat(plan.entryPoints()).singleElement().satisfies(entry -> {
            assertThat(entry.signature()).isEqualTo("static byte[] pack(byte[])");
            assertThat(entry.callSites()).isEqualTo(2);
            assertThat(entry.callers()).containsExactly("app ×2");
            assertThat(entry.shape()).isEqualTo("bulk");
        });
        assertThat(plan.boundary().kind()).isEqualTo(ExtractionPlan.Kind.NARROW);
        assertThat(plan.boundary().mechanism()).contains("FFM").contains("JNI");
    }

    @Test
    void code_that_only_throws_the_cuts_exception_is_no_caller_of_the_cut() {
        ExtractionPlanner planner = new ExtractionPlanner(List.of());
        ModuleOutline codec = new ModuleOutline();
        codec.add(
                "codec/p/Codec.java",
                20,
                "p",
                facts("package p; public final class Codec { private Codec() {} public static byte[] pack(byte[] in) {"
                        + " if (in == null) throw new CodecException(\"none\"); return in; } }"),
                9);
        codec.add(
                "codec/p/CodecException.java",
                3,
                "p",
                facts("package p; public class CodecException extends RuntimeException {"
                        + " public CodecException(String m) { super(m); } }"),
                0);
        codec.add(
                "codec/p/Other.java",
                10,
                "p",
                facts(
                        "package p; final class Other { void check(int n) { if (n < 0) throw new CodecException(\"a\");"
                                + " if (n > 9) throw new CodecException(\"b\"); } byte[] go(byte[] b) { return Codec.pack(b); } }"),
                0);
        planner.moduleDone(module("codec"), codec, List.of("codec/p/Codec.java"));
        ModuleOutline app = new ModuleOutline();
        app.add(
                "app/q/App.java",
                10,
                "q",
                facts(
                        "package q; import p.CodecException; class App { void fail() { throw new CodecException(\"x\"); } }"),
                0);
        planner.moduleDone(module("app"), app, List.of());

        ExtractionPlan plan = planner.plan("g:codec", false).orElseThrow();

        assertThat(plan.cut().classes())
                .extracting(ExtractionPlan.CutClass::type)
                .containsExactly("p.Codec", "p.CodecException");
        assertThat(plan.entryPoints())
                .singleElement()
                .satisfies(entry -> assertThat(entry.callSites()).isEqualTo(1));
        assertThat(plan.callers())
                .contains(new ExtractionPlan.Caller(ExtractionPlan.THIS_MODULE, 1, 1))
                .extracting(ExtractionPlan.Caller::name)
                .doesNotContain("app");
    }

    @Test
    void a_method_declared_in_the_cut_but_past_the_members_kept_is_not_called_inherited_from_outside() {
        ModuleOutline outline = new ModuleOutline();
        StringBuilder many = new StringBuilder("package p; public final class Filler { public Big big;");
        for (int i = 0; i < ExtractionPlanner.MAX_MEMBERS; i++) {
            many.append(" public int m")
                    .append(i)
                    .append("() { return ")
                    .append(i)
                    .append("; }");
        }
        many.append(" }");
        outline.add("m/p/Filler.java", 700, "p", facts(many.toString()), 12);
        outline.add(
                "m/p/Big.java",
                10,
                "p",
                facts("package p; public abstract class Big { public abstract int readableBytes(); }"),
                0);
        ExtractionPlanner planner = new ExtractionPlanner(List.of());
        planner.moduleDone(module("m"), outline, List.of("m/p/Filler.java"));
        ModuleOutline app = new ModuleOutline();
        app.add(
                "app/q/App.java",
                10,
                "q",
                facts("package q; import p.Big; class App { int n(Big b) { return b.readableBytes(); } }"),
                0);
        planner.moduleDone(module("app"), app, List.of());

        ExtractionPlan plan = planner.plan("g:m", false).orElseThrow();

        assertThat(plan.entryPoints())
                .filteredOn(entry -> entry.type().equals("p.Big"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.reachedThrough())
                        .doesNotContain("inherited")
                        .contains(String.valueOf(ExtractionPlanner.MAX_MEMBERS)));
    }

    @Test
    void a_small_class_of_primitive_state_that_code_outside_keeps_its_own_of_is_copied_not_called_across() {
        ModuleOutline outline = new ModuleOutline();
        outline.add(
                "m/p/Encoder.java",
                40,
                "p",
                facts("package p; public final class Encoder { private final Crc crc = new Crc();"
                        + " public byte[] encode(byte[] in) { for (byte b : in) { crc.update(b); } return in; } }"),
                12);
        outline.add(
                "m/p/Crc.java",
                12,
                "p",
                facts("package p; final class Crc { private int value = -1;"
                        + " void update(int b) { value = (value << 8) ^ b; } int get() { return ~value; }"
                        + " void reset() { value = -1; } }"),
                0);
        outline.add(
                "m/p/Decoder.java",
                30,
                "p",
                facts(
                        "package p; final class Decoder { private final Crc crc = new Crc();"
                                + " int decode(byte[] in) { for (byte b : in) { crc.update(b); crc.update(b >> 1); }"
                                + " crc.reset(); return crc.get(); } byte[] again(Encoder e, byte[] b) { return e.encode(b); } }"),
                0);
        ExtractionPlanner planner = new ExtractionPlanner(List.of());

        planner.moduleDone(module("m"), outline, List.of("m/p/Encoder.java"));
        ExtractionPlan plan = planner.plan("g:m", false).orElseThrow();

        assertThat(plan.cut().classes())
                .extracting(ExtractionPlan.CutClass::type)
                .containsExactly("p.Encoder", "p.Crc");
        assertThat(plan.entryPoints())
                .extracting(ExtractionPlan.EntryPoint::type)
                .doesNotContain("p.Crc");
        assertThat(plan.boundary().kind()).isEqualTo(ExtractionPlan.Kind.NARROW);
    }

    @Test
    void a_library_package_is_matched_to_the_declared_dependency_it_most_likely_comes_from() {
        List<String> declared = new ArrayList<>(List.of(
                "org.apache.felix:org.apache.felix.framework",
                "org.apache.commons:commons-lang3",
                "commons-io:commons-io",
                "org.tukaani:xz",
                "io.netty:netty-buffer",
                "io.netty:netty-codec-http"));

        assertThat(ExtractionPlanner.declaredDependency("org.tukaani.xz", declared, Set.of()))
                .isEqualTo("org.tukaani:xz");
        assertThat(ExtractionPlanner.declaredDependency("org.apache.commons.io.build", declared, Set.of()))
                .isEqualTo("commons-io:commons-io");
        assertThat(ExtractionPlanner.declaredDependency("org.apache.commons.lang3", declared, Set.of()))
                .isEqualTo("org.apache.commons:commons-lang3");
        assertThat(ExtractionPlanner.declaredDependency("io.netty.handler.codec.http", declared, Set.of()))
                .isEqualTo("io.netty:netty-codec-http");
        assertThat(ExtractionPlanner.declaredDependency("com.example.compress", declared, Set.of()))
                .isEmpty();
    }

    @Test
    void a_reactor_module_is_the_source_of_a_package_under_its_group_id_only() {
        List<String> declared = List.of("org.example.app:app-http", "org.example.components:httpcore");
        Set<String> reactor = Set.of("org.example.app:app-http");

        assertThat(ExtractionPlanner.declaredDependency("org.example.app.http.config", declared, reactor))
                .isEqualTo("org.example.app:app-http");
        assertThat(ExtractionPlanner.declaredDependency("org.example.http.entity", declared, reactor))
                .as("the artifactId's word 'http' alone does not make a third-party package the reactor's")
                .isEmpty();
        assertThat(ExtractionPlanner.declaredDependency("org.example.http.entity", declared, Set.of()))
                .as("a library matched by its words, as before")
                .isEqualTo("org.example.app:app-http");
    }
}
