package io.github.rustfit.core.signals.crud;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Set;

/**
 * HTTP endpoints: Spring MVC and WebFlux controllers and mappings, JAX-RS resources and methods,
 * Micronaut controllers. A controller class counts once and each handler method once, however
 * many annotations it carries. Names that other libraries reuse ({@code @Path}, {@code @GET},
 * {@code @Controller}, {@code @Get}) count only when imported from a web framework.
 */
public final class WebEndpointsSignal implements Signal {

    private static final Set<String> SPRING =
            Set.of("org.springframework.web.bind.annotation", "org.springframework.stereotype");
    private static final Set<String> JAX_RS = Set.of("javax.ws.rs", "jakarta.ws.rs");
    private static final Set<String> MICRONAUT = Set.of("io.micronaut.http.annotation");

    private static final Set<String> SPRING_CLASS = Set.of("RestController", "RequestMapping");
    private static final Set<String> SPRING_METHOD =
            Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping");
    private static final Set<String> JAX_RS_METHOD =
            Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "Path");
    private static final Set<String> MICRONAUT_METHOD = Set.of("Get", "Post", "Put", "Delete", "Patch");

    @Override
    public String id() {
        return "crud.web-endpoints";
    }

    @Override
    public Criterion criterion() {
        return Criterion.CRUD_SERVICE;
    }

    @Override
    public String description() {
        return "HTTP controllers and their handler methods, the request-in, response-out layer of a"
                + " web application.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            if (isController(unit, type)) {
                findings.report(type.getName());
            }
        }
        for (MethodDeclaration method : SyntaxIndex.findAll(unit, MethodDeclaration.class)) {
            if (isHandler(unit, method)) {
                findings.report(method.getName());
            }
        }
    }

    private static boolean isController(CompilationUnit unit, NodeWithAnnotations<?> type) {
        return type.getAnnotations().stream()
                .anyMatch(annotation -> Syntax.isAnnotation(annotation, SPRING_CLASS)
                        || from(unit, annotation, "Controller", SPRING)
                        || from(unit, annotation, "Path", JAX_RS)
                        || from(unit, annotation, "Controller", MICRONAUT));
    }

    private static boolean isHandler(CompilationUnit unit, MethodDeclaration method) {
        return method.getAnnotations().stream()
                .anyMatch(annotation -> Syntax.isAnnotation(annotation, SPRING_METHOD)
                        || JAX_RS_METHOD.stream().anyMatch(name -> from(unit, annotation, name, JAX_RS))
                        || MICRONAUT_METHOD.stream().anyMatch(name -> from(unit, annotation, name, MICRONAUT)));
    }

    /** The annotation is {@code simpleName}, written qualified with one of {@code packages} or imported from one. */
    private static boolean from(
            CompilationUnit unit, AnnotationExpr annotation, String simpleName, Set<String> packages) {
        if (!annotation.getName().getIdentifier().equals(simpleName)) {
            return false;
        }
        return annotation.getName().getQualifier().isPresent()
                ? Syntax.isQualifiedIn(annotation, packages)
                : Syntax.importsFrom(unit, simpleName, packages);
    }
}
