package io.github.rustfit.core.signals.hotpath;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.ObjectCensus;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Set;

/**
 * Objects recycled instead of garbage-collected: pool and recycler classes written by hand (named
 * as a pool or recycler and offering both a take and a give-back method), and Netty or Commons
 * Pool pools in use. Thread pools are not object pools.
 */
public final class ObjectPoolsSignal implements Signal {

    private static final Set<String> TAKE = Set.of("acquire", "borrow", "borrowObject", "take", "obtain", "allocate");
    private static final Set<String> GIVE_BACK =
            Set.of("release", "recycle", "giveBack", "returnObject", "free", "offer", "put");
    private static final Set<String> LIBRARY_POOLS =
            Set.of("Recycler", "GenericObjectPool", "SoftReferenceObjectPool", "ObjectPool", "StackObjectPool");

    @Override
    public String id() {
        return "hotpath.object-pools";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public String description() {
        return "Object pools and recyclers that reuse instances to keep garbage-collection pauses off"
                + " the hot path, managing lifetimes by hand.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            String name = type.getNameAsString();
            boolean named = (name.endsWith("Pool") || name.endsWith("Recycler")) && !name.contains("Thread");
            if (named && declaresAny(type, TAKE) && declaresAny(type, GIVE_BACK)) {
                findings.report(type.getName());
            }
        }
        ObjectCensus.objects(unit, LIBRARY_POOLS, ObjectCensus.newOf(LIBRARY_POOLS))
                .forEach(findings::report);
    }

    private static boolean declaresAny(ClassOrInterfaceDeclaration type, Set<String> names) {
        return type.getMethods().stream()
                .map(MethodDeclaration::getNameAsString)
                .anyMatch(names::contains);
    }
}
