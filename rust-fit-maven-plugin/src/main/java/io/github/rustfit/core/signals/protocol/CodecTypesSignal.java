package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Types that are codecs by name and by shape: called a decoder, encoder, parser, lexer,
 * tokenizer (or tokeniser), codec, frame(r) or (de)serializer, or extending one, and declaring a
 * method or constructor that takes raw input or output (bytes, buffers, streams, channels,
 * characters, readers and writers, the project's own readers and buffers included; a tokenizer's or
 * lexer's plain string too) or returns bytes. A name alone is not enough: a UI frame, or a
 * "parser" of already-parsed objects, does not count.
 */
public final class CodecTypesSignal implements Signal {

    private static final List<String> NAME_SUFFIXES = List.of(
            "Decoder",
            "Encoder",
            "Parser",
            "Lexer",
            "Tokenizer",
            "Tokeniser",
            "Codec",
            "Frame",
            "Framer",
            "Serializer",
            "Deserializer");
    private static final List<String> SUPERTYPE_SUFFIXES =
            List.of("Decoder", "Encoder", "Codec", "Serializer", "Deserializer");
    private static final Set<String> RAW = Set.of(
            "byte[]",
            "char[]",
            "ByteBuffer",
            "CharBuffer",
            "ByteBuf",
            "InputStream",
            "OutputStream",
            "ReadableByteChannel",
            "WritableByteChannel",
            "SocketChannel",
            "CharSequence",
            "DataInput",
            "DataOutput");
    /**
     * How the names of readers, streams and buffers end, a project's own included ({@code
     * CharacterReader}, {@code FrameBuffer}): a codec taking one consumes raw input.
     */
    private static final List<String> RAW_SUFFIXES =
            List.of("Reader", "InputStream", "OutputStream", "Writer", "Buffer");
    /** Tokenizers and lexers take their untrusted text as a plain string too. */
    private static final List<String> TEXT_SCANNERS = List.of("Tokenizer", "Tokeniser", "Lexer");

    @Override
    public String id() {
        return "protocol.codec-types";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.CODEC_TYPE);
    }

    @Override
    public String description() {
        return "Decoders, encoders, parsers, lexers and serializers that work on raw bytes or"
                + " characters, the code that first touches untrusted input.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (TypeDeclaration<?> type : SyntaxIndex.findAll(unit, TypeDeclaration.class)) {
            if (namedLikeACodec(type) && shapedLikeACodec(type)) {
                findings.report(type.getName());
            }
        }
    }

    private static boolean namedLikeACodec(TypeDeclaration<?> type) {
        String name = type.getNameAsString();
        if (NAME_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return true;
        }
        return supertypes(type)
                .anyMatch(supertype -> SUPERTYPE_SUFFIXES.stream()
                        .anyMatch(suffix -> supertype.getNameAsString().endsWith(suffix)));
    }

    private static Stream<ClassOrInterfaceType> supertypes(TypeDeclaration<?> type) {
        Stream<ClassOrInterfaceType> extended = type instanceof NodeWithExtends<?> withExtends
                ? withExtends.getExtendedTypes().stream()
                : Stream.empty();
        Stream<ClassOrInterfaceType> implemented = type instanceof NodeWithImplements<?> withImplements
                ? withImplements.getImplementedTypes().stream()
                : Stream.empty();
        return Stream.concat(extended, implemented);
    }

    /** Declares, itself and not in a nested type, a callable taking or returning raw data. */
    private static boolean shapedLikeACodec(TypeDeclaration<?> type) {
        boolean scanner = TEXT_SCANNERS.stream().anyMatch(type.getNameAsString()::endsWith);
        for (Node member : type.getMembers()) {
            if (member instanceof CallableDeclaration<?> callable) {
                for (Parameter parameter : callable.getParameters()) {
                    String parameterType = Syntax.typeOf(parameter);
                    if (RAW.contains(parameterType)
                            || RAW_SUFFIXES.stream().anyMatch(parameterType::endsWith)
                            || (scanner && parameterType.equals("String"))) {
                        return true;
                    }
                }
                if (callable instanceof MethodDeclaration method
                        && Set.of("byte[]", "ByteBuffer", "ByteBuf").contains(Syntax.simpleName(method.getType()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
