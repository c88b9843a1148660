package io.github.rustfit.core.signals.syntax;

import com.github.javaparser.ast.CompilationUnit;
import java.util.Set;

/**
 * Recognises a file a tool wrote: one whose top-level type is annotated {@code @Generated}, as
 * protocol-buffer, annotation-processor and other generators mark their output ({@code
 * javax.annotation.Generated}, {@code javax.annotation.processing.Generated}, {@code
 * jakarta.annotation.Generated} and the generators' own). Its code is not evidence: a team changes
 * it by changing the generator or its input, and a rewrite would generate it again. Only the
 * annotation counts; a comment that says "generated" is free text and too easily misread.
 */
public final class GeneratedCode {

    private static final Set<String> MARKERS = Set.of("Generated");

    private GeneratedCode() {}

    /** True when a top-level type of {@code unit} is annotated as generated. */
    public static boolean isGenerated(CompilationUnit unit) {
        return unit.getTypes().stream().anyMatch(type -> Syntax.hasAnnotation(type, MARKERS));
    }
}
