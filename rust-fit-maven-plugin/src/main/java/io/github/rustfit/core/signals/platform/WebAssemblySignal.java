package io.github.rustfit.core.signals.platform;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.List;
import java.util.Set;

/**
 * Code compiled for, or running, WebAssembly and the browser: declarations exported or bound with
 * TeaVM or JsInterop annotations, the first import of a WebAssembly runtime or compiler (TeaVM,
 * Chicory, GraalWasm's polyglot API used with {@code "wasm"}), and polyglot contexts or sources
 * for the {@code "wasm"} language.
 */
public final class WebAssemblySignal implements Signal {

    private static final Set<String> ANNOTATIONS =
            Set.of("JSBody", "JSExport", "JSFunctor", "JSProperty", "Import", "Export", "JsType", "JsMethod");
    private static final Set<String> ANNOTATION_PACKAGES =
            Set.of("org.teavm.jso", "org.teavm.interop", "jsinterop.annotations");
    private static final List<String> RUNTIMES = List.of("org.teavm", "com.dylibso.chicory", "jsinterop");

    @Override
    public String id() {
        return "platform.webassembly";
    }

    @Override
    public Criterion criterion() {
        return Criterion.WEBASSEMBLY_COMPUTE;
    }

    @Override
    public String description() {
        return "Code exported to or run as WebAssembly or in the browser, compute that wants a small,"
                + " fast module on the client.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        boolean annotationsImported =
                ANNOTATIONS.stream().anyMatch(name -> Syntax.importsFrom(unit, name, ANNOTATION_PACKAGES));
        for (ImportDeclaration declaration : unit.getImports()) {
            if (RUNTIMES.stream()
                    .anyMatch(prefix -> declaration.getNameAsString().startsWith(prefix + "."))) {
                findings.report(declaration);
                break;
            }
        }
        if (annotationsImported) {
            for (BodyDeclaration<?> declaration : SyntaxIndex.findAll(unit, BodyDeclaration.class)) {
                declaration.getAnnotations().stream()
                        .filter(annotation -> Syntax.isAnnotation(annotation, ANNOTATIONS))
                        .findFirst()
                        .ifPresent(findings::report);
            }
        }
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> (call.getNameAsString().equals("create")
                                        || call.getNameAsString().equals("newBuilder"))
                                && call.getArguments().isNonEmpty()
                                && call.getArgument(0) instanceof StringLiteralExpr language
                                && language.getValue().equals("wasm"))
                .forEach(findings::report);
    }
}
