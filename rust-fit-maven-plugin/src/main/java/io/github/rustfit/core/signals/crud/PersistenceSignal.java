package io.github.rustfit.core.signals.crud;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.Syntax;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import io.github.rustfit.core.signals.syntax.VariableTypes;
import java.util.Set;

/**
 * Database mapping and access: JPA/Jakarta entities and their mapped fields, Spring Data
 * repositories, {@code @Repository} classes, query methods, and calls to an EntityManager or a
 * JdbcTemplate. An entity counts once, and each mapped field or property once however many
 * mapping annotations it carries.
 */
public final class PersistenceSignal implements Signal {

    private static final Set<String> ENTITY = Set.of("Entity", "Table", "MappedSuperclass", "Embeddable", "Document");
    private static final Set<String> MAPPED_MEMBER = Set.of(
            "Id",
            "EmbeddedId",
            "Column",
            "GeneratedValue",
            "JoinColumn",
            "JoinTable",
            "OneToMany",
            "ManyToOne",
            "OneToOne",
            "ManyToMany",
            "Embedded",
            "ElementCollection",
            "Enumerated",
            "Version");
    private static final Set<String> REPOSITORIES = Set.of(
            "Repository",
            "CrudRepository",
            "ListCrudRepository",
            "JpaRepository",
            "PagingAndSortingRepository",
            "ListPagingAndSortingRepository",
            "ReactiveCrudRepository",
            "ReactiveSortingRepository",
            "R2dbcRepository",
            "MongoRepository",
            "JpaSpecificationExecutor");
    private static final Set<String> DATA_ACCESS =
            Set.of("EntityManager", "JdbcTemplate", "NamedParameterJdbcTemplate", "JdbcClient");
    private static final Set<String> DATA_CALLS = Set.of(
            "persist",
            "merge",
            "find",
            "remove",
            "createQuery",
            "createNativeQuery",
            "query",
            "queryForObject",
            "queryForList",
            "update",
            "batchUpdate",
            "sql");

    @Override
    public String id() {
        return "crud.persistence";
    }

    @Override
    public Criterion criterion() {
        return Criterion.CRUD_SERVICE;
    }

    @Override
    public String description() {
        return "Entities, repositories and database calls: the talk-to-a-database layer whose latency"
                + " is the database's, not the language's.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        for (ClassOrInterfaceDeclaration type : SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class)) {
            boolean entity = Syntax.hasAnnotation(type, ENTITY);
            boolean repository = Syntax.hasAnnotation(type, Set.of("Repository"))
                    || (type.isInterface()
                            && type.getExtendedTypes().stream()
                                    .anyMatch(supertype -> REPOSITORIES.contains(supertype.getNameAsString())));
            if (entity || repository) {
                findings.report(type.getName());
            }
        }
        for (RecordDeclaration record : SyntaxIndex.findAll(unit, RecordDeclaration.class)) {
            if (Syntax.hasAnnotation(record, ENTITY)) {
                findings.report(record.getName());
            }
        }
        for (FieldDeclaration field : SyntaxIndex.findAll(unit, FieldDeclaration.class)) {
            if (Syntax.hasAnnotation(field, MAPPED_MEMBER)) {
                findings.report(field.getVariable(0));
            }
        }
        for (MethodDeclaration method : SyntaxIndex.findAll(unit, MethodDeclaration.class)) {
            if (Syntax.hasAnnotation(method, MAPPED_MEMBER)
                    || Syntax.hasAnnotation(method, Set.of("Query", "Modifying"))) {
                findings.report(method.getName());
            }
        }
        VariableTypes types = VariableTypes.of(unit);
        SyntaxIndex.findAll(
                        unit,
                        MethodCallExpr.class,
                        call -> DATA_CALLS.contains(call.getNameAsString()) && types.receiverIsA(call, DATA_ACCESS))
                .forEach(findings::report);
    }
}
