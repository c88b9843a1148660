package io.github.rustfit.core.signals.syntax;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a project's own buffer or frame type, whatever it is called: fields that keep a
 * {@code byte[]} or a {@code ByteBuffer}, with an {@code int} or {@code long} position, offset or
 * limit beside them. The buffer-types signal reports the methods of such a class that read or write
 * integers by hand; the extraction plans pass such a class through FFI as memory, as they pass a
 * {@code ByteBuffer}. One definition, so the verdict and the plan recognise the same classes.
 *
 * @param bytes the names of the fields that keep the bytes
 * @param positions the names of the integer fields named like a position, offset or limit
 */
public record BufferShape(Set<String> bytes, Set<String> positions) {

    private static final Set<String> BYTE_BUFFERS = Set.of("ByteBuffer", "MappedByteBuffer");
    private static final Pattern POSITION = Pattern.compile(
            "(?i)(pos|position|offset|off|index|idx|cursor|ptr|pointer|mark|limit|lim|capacity|end|start"
                    + "|reader[a-z]*|writer[a-z]*|read[a-z]*index|write[a-z]*index|head|tail|remaining)[0-9]*");
    private static final Set<String> INTEGER_TYPES = Set.of("int", "long");

    public BufferShape {
        bytes = Set.copyOf(bytes);
        positions = Set.copyOf(positions);
    }

    /** The bytes and positions among {@code fields}. */
    public static BufferShape of(Iterable<FieldDeclaration> fields) {
        Set<String> bytes = new HashSet<>();
        Set<String> positions = new HashSet<>();
        for (FieldDeclaration field : fields) {
            for (VariableDeclarator variable : field.getVariables()) {
                String typeName = Syntax.simpleName(variable.getType());
                if (typeName.equals("byte[]") || BYTE_BUFFERS.contains(typeName)) {
                    bytes.add(variable.getNameAsString());
                } else if (INTEGER_TYPES.contains(typeName)
                        && POSITION.matcher(variable.getNameAsString()).matches()) {
                    positions.add(variable.getNameAsString());
                }
            }
        }
        return new BufferShape(bytes, positions);
    }

    /** True when the fields keep bytes with a position, offset or limit beside them. */
    public boolean isBuffer() {
        return !bytes.isEmpty() && !positions.isEmpty();
    }
}
