package io.github.rustfit.core.signals.network;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Optional;
import java.util.Set;

/**
 * Connection handling that runs until stopped: a loop that keeps going until a flag, an interrupt
 * or a closed connection ends it, and reads the next request or frame from a socket's stream or a
 * channel each time round. It is the per-connection half of a server (the accepting half is {@link
 * ServiceLifecycleSignal}'s), and the per-connection reader of a client that holds its own
 * connection engine. Only files that work with sockets or network channels count: a loop that
 * reads a file or a resource, or a flag-driven loop that reads nothing, does not.
 */
public final class ConnectionLoopsSignal implements Signal {

    /** Types a connection's bytes or lines are read from. */
    static final Set<String> CONNECTION_INPUTS = Set.of(
            "InputStream",
            "DataInputStream",
            "BufferedInputStream",
            "ObjectInputStream",
            "BufferedReader",
            "InputStreamReader",
            "SocketChannel",
            "ReadableByteChannel",
            "ScatteringByteChannel",
            "DatagramChannel",
            "AsynchronousSocketChannel",
            "Socket",
            "SSLSocket");

    @Override
    public String id() {
        return "network.connection-loops";
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
        return "Loops that read the next request or frame from a connection until the service is stopped, the"
                + " per-connection half of a long-running server.";
    }

    /** Types that show a file works with network connections. */
    static final Set<String> NETWORK_TYPES = Set.of(
            "Socket",
            "SSLSocket",
            "ServerSocket",
            "SSLServerSocket",
            "SocketChannel",
            "ServerSocketChannel",
            "DatagramSocket",
            "DatagramChannel",
            "AsynchronousSocketChannel",
            "AsynchronousServerSocketChannel");

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        // a stream read in a file that never touches a connection is a file or a pipe, not a client
        boolean networked = !SyntaxIndex.findAll(
                        unit, ClassOrInterfaceType.class, type -> NETWORK_TYPES.contains(type.getNameAsString()))
                .isEmpty();
        if (!networked) {
            return;
        }
        VariableTypes types = VariableTypes.of(unit);
        for (Node loop : SyntaxIndex.findAll(unit, Node.class, ServiceLifecycleSignal::isLoop)) {
            if (ServiceLifecycleSignal.runsUntilStopped(loop)
                    && !ServiceLifecycleSignal.waitsOnNetwork(loop, types)
                    && readsFromConnection(loop, types)) {
                findings.report(loop);
            }
        }
    }

    private static boolean readsFromConnection(Node loop, VariableTypes types) {
        return !loop.findAll(MethodCallExpr.class, call -> isRead(call) && fromConnection(call, types))
                .isEmpty();
    }

    private static boolean isRead(MethodCallExpr call) {
        String name = call.getNameAsString();
        return name.startsWith("read") || name.equals("receive");
    }

    private static boolean fromConnection(MethodCallExpr call, VariableTypes types) {
        Optional<Expression> scope = call.getScope().map(Syntax::unwrap);
        if (scope.isEmpty()) {
            return false;
        }
        if (types.isA(scope.get(), CONNECTION_INPUTS)) {
            return true;
        }
        // socket.getInputStream().read(...)
        return scope.get() instanceof MethodCallExpr inner
                && inner.getNameAsString().equals("getInputStream")
                && inner.getScope()
                        .filter(s -> types.isA(s, Set.of("Socket", "SSLSocket")))
                        .isPresent();
    }
}
