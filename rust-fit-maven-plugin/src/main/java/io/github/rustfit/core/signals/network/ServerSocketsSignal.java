package io.github.rustfit.core.signals.network;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * Code that listens on the network: server sockets and channels opened, selectors opened and
 * polled, connections accepted, readiness checked and socket channels read and written. Client
 * connections alone do not count.
 */
public final class ServerSocketsSignal implements Signal {

    static final Set<String> SERVERS = Set.of("ServerSocket", "ServerSocketChannel", "AsynchronousServerSocketChannel");
    private static final Set<String> CREATED = Set.of("ServerSocket", "DatagramSocket", "ServerBootstrap");
    private static final Set<String> OPENED =
            Set.of("ServerSocketChannel", "AsynchronousServerSocketChannel", "Selector", "DatagramChannel");
    private static final Set<String> CHANNELS = Set.of("SocketChannel", "AsynchronousSocketChannel", "DatagramChannel");
    private static final Set<String> READINESS = Set.of("isAcceptable", "isReadable", "isWritable", "isConnectable");

    @Override
    public String id() {
        return "network.server-sockets";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public String description() {
        return "Server sockets, selectors and socket channels that accept and serve connections, the"
                + " surface where a memory bug would face the network.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        SyntaxIndex.findAll(unit, ObjectCreationExpr.class, creation -> Syntax.isType(creation.getType(), CREATED))
                .forEach(findings::report);
        VariableTypes types = VariableTypes.of(unit);
        for (MethodCallExpr call : SyntaxIndex.findAll(unit, MethodCallExpr.class)) {
            String name = call.getNameAsString();
            boolean opened = OPENED.stream().anyMatch(type -> Syntax.isStaticCall(call, type, Set.of("open")));
            boolean accepted = name.equals("accept") && types.receiverIsA(call, SERVERS);
            boolean selected =
                    (name.equals("select") || name.equals("selectNow")) && types.receiverIsA(call, Set.of("Selector"));
            boolean ready = READINESS.contains(name) && types.receiverIsA(call, Set.of("SelectionKey"));
            boolean served = (name.equals("read") || name.equals("write") || name.equals("receive"))
                    && types.receiverIsA(call, CHANNELS);
            if (opened || accepted || selected || ready || served) {
                findings.report(call);
            }
        }
    }
}
