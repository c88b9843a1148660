package io.github.rustfit.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rustfit.core.extraction.FileFacts.Call;
import io.github.rustfit.core.extraction.FileFacts.DeclaredType;
import io.github.rustfit.core.extraction.FileFacts.Facility;
import io.github.rustfit.core.extraction.FileFacts.FacilityKind;
import io.github.rustfit.core.extraction.FileFacts.Kind;
import io.github.rustfit.core.extraction.FileFacts.Method;
import io.github.rustfit.core.extraction.FileFacts.Use;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.parse.SourceParser;
import org.junit.jupiter.api.Test;

class FactCollectorTest {

    private static FileFacts collect(String source) {
        SourceParser.Outcome outcome = new SourceParser(LanguageLevels.newest()).parse(source);
        return FactCollector.collect(((SourceParser.Outcome.Parsed) outcome).unit());
    }

    @Test
    void records_the_types_a_file_declares_with_their_callable_members_and_instance_fields() {
        FileFacts facts = collect("""
                package p;

                public final class Codec<T> extends Base implements Sink {
                    private static final int LIMIT = 4;
                    private final byte[] scratch = new byte[8];
                    private final int size;

                    public Codec(int size) { this.size = size; }
                    public byte[] encode(byte[] in, int... flags) throws FrameException { return in; }
                    static <R> R convert(T value) { return null; }
                    private void hidden() {}
                    @Override
                    public void accept(byte b) {}

                    public interface Listener {
                        void onFrame(byte[] frame);
                    }
                }
                """);

        assertThat(facts.types()).extracting(DeclaredType::name).containsExactly("Codec", "Codec.Listener");
        DeclaredType codec = facts.types().get(0);
        assertThat(codec.kind()).isEqualTo(Kind.CLASS);
        assertThat(codec.visible()).isTrue();
        assertThat(codec.immutable()).isTrue();
        assertThat(codec.supertypes()).containsExactly("Base", "Sink");
        assertThat(codec.typeParameters()).containsExactly("T");
        assertThat(codec.fields()).containsExactly("byte[]", "int");
        assertThat(codec.methods())
                .extracting(Method::name)
                .containsExactly(Method.CONSTRUCTOR, "encode", "convert", "accept");
        Method encode = codec.methods().get(1);
        assertThat(encode.parameters()).containsExactly("byte[]", "int[]");
        assertThat(encode.returns()).isEqualTo("byte[]");
        assertThat(encode.exceptions()).containsExactly("FrameException");
        assertThat(encode.visible()).isTrue();
        assertThat(codec.methods().get(2).typeParameters()).containsExactly("R");
        assertThat(codec.methods().get(3).overrides()).isTrue();
        DeclaredType listener = facts.types().get(1);
        assertThat(listener.kind()).isEqualTo(Kind.INTERFACE);
        assertThat(listener.callback()).as("a single abstract method").isTrue();
        assertThat(listener.visible()).isTrue();
    }

    @Test
    void a_class_whose_instance_fields_keep_bytes_with_a_position_offset_or_limit_is_shaped_like_a_buffer() {
        FileFacts facts = collect("""
                package p;

                final class Slice {
                    private final byte[] bytes;
                    private int readerIndex;
                }

                final class Blob {
                    private byte[] bytes;
                    private int hash;
                }

                final class Scratch {
                    private static final byte[] SHARED = new byte[64];
                    private static int position;
                    private final long id = 1;
                }

                record Frame(byte[] bytes, int offset) {}
                """);

        assertThat(facts.types())
                .extracting(DeclaredType::name, DeclaredType::buffer)
                .containsExactly(
                        tuple("Slice", true), tuple("Blob", false), tuple("Scratch", false), tuple("Frame", false));
    }

    @Test
    void a_record_has_its_accessors_and_canonical_constructor_whether_written_or_not() {
        DeclaredType order = collect("package p; public record Order(long id, Side side) {}")
                .types()
                .get(0);

        assertThat(order.kind()).isEqualTo(Kind.RECORD);
        assertThat(order.fields()).containsExactly("long", "Side");
        assertThat(order.methods()).extracting(Method::name).containsExactly("id", "side", Method.CONSTRUCTOR);
    }

    @Test
    void records_calls_on_named_types_with_how_many_sit_in_loops() {
        FileFacts facts = collect("""
                package p;

                import q.Ring;
                import static q.VarInts.readVarInt;

                final class Pump {
                    private final Ring ring = new Ring(16);
                    private Ring[] rings;

                    long run(java.nio.ByteBuffer in, Segments segments) {
                        long sum = 0;
                        for (int i = 0; i < 8; i++) {
                            ring.offer(i);
                            rings[i].offer(i);
                        }
                        sum += ring.poll();
                        sum += readVarInt(in);
                        sum += Checksums.crc(in);
                        segments.forEach(ring::offer);
                        return sum + segmentFor(3).size();
                    }

                    private Segment segmentFor(int hash) { return null; }
                }
                """);

        assertThat(facts.calls())
                .containsExactlyInAnyOrder(
                        new Call("Ring", Method.CONSTRUCTOR, 1, 1, 0),
                        new Call("Ring", "offer", 1, 2, 2),
                        new Call("Ring", "poll", 0, 1, 0),
                        new Call("Ring", "offer", -1, 1, 0),
                        new Call("q.VarInts", "readVarInt", 1, 1, 0),
                        new Call("Checksums", "crc", 1, 1, 0),
                        new Call("Segments", "forEach", 1, 1, 0),
                        new Call("Segment", "size", 0, 1, 0));
    }

    @Test
    void leaves_out_the_jdk_the_files_own_types_type_parameters_and_variables_that_look_like_types() {
        FileFacts facts = collect("""
                package p;

                import java.util.List;
                import java.util.concurrent.*;

                final class Holder<T> {
                    private final List<Frame> frames = new java.util.ArrayList<>();
                    private final ConcurrentHashMap<String, T> byName = new ConcurrentHashMap<>();
                    private Nested nested;
                    private System.Logger log;

                    void add(Frame frame, Runnable done) {
                        frames.add(frame);
                        frames.forEach(frames::remove);
                        log.log(System.Logger.Level.INFO, "added");
                    }

                    static final class Nested {}
                }
                """);

        assertThat(facts.uses()).extracting(Use::name).containsExactly("Frame");
        assertThat(facts.calls()).isEmpty();
    }

    @Test
    void records_reflection_serialization_and_class_loading_where_first_used() {
        FileFacts facts = collect("""
                package p;

                import java.io.ObjectInputStream;
                import java.io.Serializable;

                final class Plugins implements Serializable {
                    Object load(String name) throws Exception {
                        Class<?> type = Class.forName(name);
                        ClassLoader loader = Thread.currentThread().getContextClassLoader();
                        type.getDeclaredConstructor().setAccessible(true);
                        return new ObjectInputStream(null).readObject();
                    }

                    String method(HttpRequest request) {
                        return request.getMethod();
                    }
                }
                """);

        assertThat(facts.facilities())
                .containsExactlyInAnyOrder(
                        new Facility(FacilityKind.REFLECTION, 8, 3),
                        new Facility(FacilityKind.SERIALIZATION, 6, 2),
                        new Facility(FacilityKind.CLASS_LOADING, 9, 2));
    }

    @Test
    void an_exception_caught_in_a_loop_and_survived_is_control_flow_and_one_rethrown_is_not() {
        FileFacts facts = collect("""
                package p;

                final class Reader {
                    void read(Decoder decoder) throws Exception {
                        while (true) {
                            try {
                                decoder.next();
                            } catch (NeedMoreInput e) {
                                break;
                            } catch (Corrupt e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        try {
                            decoder.close();
                        } catch (Closed e) {
                            return;
                        }
                    }
                }
                """);

        assertThat(facts.caught()).containsExactly(new Use("NeedMoreInput", 1));
    }

    @Test
    void a_call_on_a_cast_counts_for_a_class_and_never_for_an_array_or_an_intersection() {
        FileFacts facts = collect("""
                package p;

                class Row {
                    Object copy(Object value) {
                        ((Frame) value).decode();
                        ((Runnable & java.io.Serializable) value).run();
                        return ((byte[]) value).clone();
                    }
                }
                """);

        assertThat(facts.calls()).extracting(Call::type, Call::method).containsExactly(tuple("Frame", "decode"));
    }
}
