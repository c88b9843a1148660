package io.github.rustfit.core.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The decoded text of a source file. Bytes that are not valid in the declared encoding are
 * replaced rather than fatal, and the first such place is remembered so the user can be told which
 * file and line to fix (or which encoding to declare).
 *
 * @param text the decoded text
 * @param malformedLine the first line holding bytes invalid in the encoding, if any
 */
public record SourceText(String text, Optional<Integer> malformedLine) {

    public static SourceText read(Path file, Charset charset) throws IOException {
        return decode(Files.readAllBytes(file), charset);
    }

    /** Decodes a file's bytes, replacing (and remembering) any that are invalid in {@code charset}. */
    public static SourceText decode(byte[] bytes, Charset charset) {
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new SourceText(strict.decode(ByteBuffer.wrap(bytes)).toString(), Optional.empty());
        } catch (MalformedInputException e) {
            return lenient(bytes, charset, firstBadByte(bytes, charset));
        } catch (CharacterCodingException e) {
            return lenient(bytes, charset, -1);
        }
    }

    private static SourceText lenient(byte[] bytes, Charset charset, int badByte) {
        String text = new String(bytes, charset);
        int line = 1;
        int limit = badByte < 0 ? 0 : Math.min(badByte, bytes.length);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new SourceText(text, Optional.of(line));
    }

    private static int firstBadByte(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        return decoder.decode(in, out, true).isError() ? in.position() : -1;
    }

    /** The text's lines, for quoting evidence. */
    public SourceLines lines() {
        return new SourceLines(text);
    }
}
