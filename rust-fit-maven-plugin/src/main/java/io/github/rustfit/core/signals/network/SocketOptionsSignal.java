package io.github.rustfit.core.signals.network;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Set;

/**
 * Connections tuned at the socket level: the standard socket options ({@code TCP_NODELAY}, {@code
 * SO_BACKLOG}, {@code SO_RCVBUF} and the rest) named in code, whatever class holds them, and the
 * socket setters that change them. Code that tunes sockets owns its connections, the way a server
 * or transport does, rather than calling a service through a client library. A string or a
 * declaration that merely carries the name does not count.
 */
public final class SocketOptionsSignal implements Signal {

    static final Set<String> OPTIONS = Set.of(
            "TCP_NODELAY",
            "SO_KEEPALIVE",
            "SO_REUSEADDR",
            "SO_REUSEPORT",
            "SO_RCVBUF",
            "SO_SNDBUF",
            "SO_LINGER",
            "SO_BACKLOG",
            "SO_TIMEOUT",
            "IP_TOS",
            "IP_MULTICAST_IF",
            "IP_MULTICAST_TTL",
            "IP_MULTICAST_LOOP");
    private static final Set<String> SETTERS = Set.of(
            "setTcpNoDelay",
            "setSoTimeout",
            "setSoLinger",
            "setKeepAlive",
            "setReuseAddress",
            "setReceiveBufferSize",
            "setSendBufferSize",
            "setTrafficClass");

    @Override
    public String id() {
        return "network.socket-options";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public String description() {
        return "Socket options set by hand (no-delay, backlog, buffer sizes, timeouts), the mark of code"
                + " that owns its network connections, as servers and transports do.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        SyntaxIndex.findAll(unit, NameExpr.class, name -> OPTIONS.contains(name.getNameAsString()))
                .forEach(findings::report);
        SyntaxIndex.findAll(unit, FieldAccessExpr.class, access -> OPTIONS.contains(access.getNameAsString()))
                .forEach(findings::report);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> SETTERS.contains(call.getNameAsString())
                                && call.getScope().isPresent()
                                && !call.getArguments().isEmpty())
                .forEach(findings::report);
    }
}
