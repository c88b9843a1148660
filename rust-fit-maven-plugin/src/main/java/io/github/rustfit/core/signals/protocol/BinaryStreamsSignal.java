package io.github.rustfit.core.signals.protocol;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binary formats read and written value by value: DataInput/DataOutput typed reads and writes,
 * byte-at-a-time reads from an input stream, and reads of unsigned or explicitly signed fields
 * ({@code readUnsignedShort()}, {@code getSignedInt24(...)}) on any receiver. Java has no unsigned
 * integer types, so a method that reads an unsigned field is decoding a binary format, whichever
 * class of the project offers it; reads on byte buffers are left to {@link ByteBuffersSignal}.
 */
public final class BinaryStreamsSignal implements Signal {

    private static final Set<String> DATA_STREAMS =
            Set.of("DataInput", "DataOutput", "DataInputStream", "DataOutputStream", "RandomAccessFile");
    private static final Set<String> BYTE_STREAMS = Set.of(
            "InputStream",
            "BufferedInputStream",
            "PushbackInputStream",
            "ByteArrayInputStream",
            "FilterInputStream",
            "DataInputStream");
    private static final Set<String> TYPED = Set.of(
            "readInt",
            "readLong",
            "readShort",
            "readByte",
            "readUnsignedByte",
            "readUnsignedShort",
            "readFully",
            "readUTF",
            "readFloat",
            "readDouble",
            "readChar",
            "readBoolean",
            "skipBytes",
            "writeInt",
            "writeLong",
            "writeShort",
            "writeByte",
            "writeUTF",
            "writeFloat",
            "writeDouble",
            "writeChar",
            "writeBoolean",
            "writeBytes",
            "writeChars");

    private static final Pattern SIGNED_FIELD =
            Pattern.compile("(read|get|peek)(Unsigned|Signed)(Byte|Short|Medium|Int|Long|VarInt)\\w*");

    @Override
    public String id() {
        return "protocol.binary-streams";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Binary formats read and written one value or one byte at a time through data streams,"
                + " the shape of hand-written wire and file formats.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        VariableTypes types = VariableTypes.of(unit);
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean typed = TYPED.contains(name) && types.receiverIsA(call, DATA_STREAMS);
            boolean singleByte =
                    name.equals("read") && call.getArguments().isEmpty() && types.receiverIsA(call, BYTE_STREAMS);
            boolean signedField = SIGNED_FIELD.matcher(name).matches()
                    && call.getScope()
                            .filter(scope -> !ByteBuffersSignal.isBuffer(scope, types))
                            .isPresent();
            if (typed || singleByte || signedField) {
                findings.report(call);
            }
        }
    }
}
