package io.github.rustfit.core.signals.role;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.SyntaxIndex;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Classes that implement or extend a contract of a standard Java API whose other side is a
 * container or a driver manager: Servlet and its filters and listeners, JMS, JSR-356 WebSocket,
 * JAX-RS, JDBC and its data sources, JPA, JAAS login modules, JMX, JNDI, java.util.logging and
 * OSGi; and the extension points a data-processing framework runs a module's classes through:
 * Hadoop MapReduce's input and output formats, record readers and writers, mappers and reducers
 * (both APIs), Hive's SerDes and functions, Kafka Connect's connectors and tasks, Flink's input and
 * output formats, sources and sinks, Spark SQL's data sources. Reported once per file. A module
 * made largely of them is an API facade or a framework integration: its contract is the API or the
 * framework's, and the data plane behind it belongs to whoever calls it (the framework schedules the
 * tasks, splits the input and moves the records; the module maps them).
 */
public final class ApiContractsSignal implements Signal {

    /** Packages of the standard APIs whose contracts an adapter implements. */
    static final Set<String> API_PACKAGES = Set.of(
            "javax.servlet",
            "javax.servlet.http",
            "jakarta.servlet",
            "jakarta.servlet.http",
            "javax.jms",
            "jakarta.jms",
            "javax.websocket",
            "javax.websocket.server",
            "jakarta.websocket",
            "jakarta.websocket.server",
            "javax.ws.rs",
            "javax.ws.rs.core",
            "javax.ws.rs.ext",
            "javax.ws.rs.container",
            "jakarta.ws.rs",
            "jakarta.ws.rs.core",
            "jakarta.ws.rs.ext",
            "jakarta.ws.rs.container",
            "java.sql",
            "javax.sql",
            "javax.persistence",
            "jakarta.persistence",
            "javax.security.auth.spi",
            "javax.security.auth.callback",
            "javax.management",
            "javax.naming",
            "javax.naming.spi",
            "java.util.logging",
            "org.osgi.framework",
            "org.osgi.service.cm",
            "org.osgi.service.component");

    /** Packages of data-processing frameworks' extension points, which an integration implements. */
    static final Set<String> FRAMEWORK_PACKAGES = Set.of(
            "org.apache.hadoop.mapreduce",
            "org.apache.hadoop.mapreduce.lib.input",
            "org.apache.hadoop.mapreduce.lib.output",
            "org.apache.hadoop.mapred",
            "org.apache.hadoop.mapred.lib",
            "org.apache.hadoop.hive.serde2",
            "org.apache.hadoop.hive.ql.udf.generic",
            "org.apache.kafka.connect.connector",
            "org.apache.kafka.connect.source",
            "org.apache.kafka.connect.sink",
            "org.apache.flink.api.common.io",
            "org.apache.flink.streaming.api.functions.source",
            "org.apache.flink.streaming.api.functions.sink",
            "org.apache.spark.sql.sources");

    @Override
    public String id() {
        return "role.api-contracts";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.FRAMEWORK_ADAPTER);
    }

    @Override
    public String description() {
        return "Classes implementing a standard Java API's contract (Servlet, JMS, JDBC, JAX-RS, JAAS, JMX, OSGi) or a"
                + " data-processing framework's extension point (Hadoop MapReduce, Hive, Kafka Connect, Flink, Spark),"
                + " which make a module an API facade or a framework integration when many of its files do.";
    }

    @Override
    public void inspect(CompilationUnit unit, Findings findings) {
        SyntaxIndex.findAll(unit, ClassOrInterfaceDeclaration.class).stream()
                .filter(type -> supertypes(type).anyMatch(supertype -> isContract(unit, supertype)))
                .findFirst()
                .ifPresent(type -> findings.report(type.getName()));
    }

    private static Stream<ClassOrInterfaceType> supertypes(ClassOrInterfaceDeclaration type) {
        return Stream.concat(type.getExtendedTypes().stream(), type.getImplementedTypes().stream());
    }

    private static boolean isContract(CompilationUnit unit, ClassOrInterfaceType supertype) {
        Optional<ClassOrInterfaceType> scope = supertype.getScope();
        if (scope.isPresent()) {
            return isContractPackage(scope.get().asString());
        }
        // only a single-type import says where the name comes from: an on-demand import of an API
        // package does not make every interface the file names part of that API
        String suffix = "." + supertype.getNameAsString();
        return unit.getImports().stream()
                .filter(declaration -> !declaration.isStatic() && !declaration.isAsterisk())
                .map(declaration -> declaration.getNameAsString())
                .anyMatch(name ->
                        name.endsWith(suffix) && isContractPackage(name.substring(0, name.length() - suffix.length())));
    }

    private static boolean isContractPackage(String name) {
        return API_PACKAGES.contains(name) || FRAMEWORK_PACKAGES.contains(name);
    }
}
