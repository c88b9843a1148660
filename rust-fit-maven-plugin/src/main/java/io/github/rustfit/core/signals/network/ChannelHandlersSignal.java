package io.github.rustfit.core.signals.network;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;
import java.util.Set;

/**
 * Connection handling that an event loop runs until the service is stopped: a class extending an
 * event-loop framework's inbound handler or frame decoder (Netty's, MINA's, Grizzly's) that takes
 * each connection's next message or bytes in a read or decode method of its own. It is the
 * event-loop form of {@link ConnectionLoopsSignal}'s read loop: the framework owns the loop, the
 * module owns what happens to every message that arrives. A handler that only reacts to a
 * connection opening or closing, or an encoder that only writes, does not count.
 */
public final class ChannelHandlersSignal implements Signal {

    /** Event-loop frameworks' inbound handler and decoder base classes. */
    static final Set<String> INBOUND_BASES = Set.of(
            // Netty
            "ChannelInboundHandlerAdapter",
            "SimpleChannelInboundHandler",
            "ChannelDuplexHandler",
            "ByteToMessageDecoder",
            "MessageToMessageDecoder",
            "ByteToMessageCodec",
            "MessageToMessageCodec",
            "ReplayingDecoder",
            "LengthFieldBasedFrameDecoder",
            "DelimiterBasedFrameDecoder",
            "LineBasedFrameDecoder",
            // MINA
            "IoHandlerAdapter",
            "CumulativeProtocolDecoder",
            "ProtocolDecoderAdapter",
            // Grizzly
            "BaseFilter");

    /** The methods an event loop calls with each message or each chunk of bytes that arrives. */
    static final Set<String> READS =
            Set.of("channelRead", "channelRead0", "decode", "decodeLast", "messageReceived", "doDecode", "handleRead");

    @Override
    public String id() {
        return "network.channel-handlers";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.SERVICE_LOOP);
    }

    @Override
    public String description() {
        return "Event-loop handlers and frame decoders that take every message a connection sends, the"
                + " per-connection half of a server whose loop a framework runs.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (!type.isInterface() && extendsAnInboundBase(type) && readsMessages(type)) {
                findings.report(type.getName());
            }
        }
    }

    private static boolean extendsAnInboundBase(ClassOrInterfaceDeclaration type) {
        return type.getExtendedTypes().stream().anyMatch(t -> INBOUND_BASES.contains(t.getNameAsString()));
    }

    private static boolean readsMessages(ClassOrInterfaceDeclaration type) {
        return type.getMethods().stream()
                .map(MethodDeclaration::getNameAsString)
                .anyMatch(READS::contains);
    }
}
