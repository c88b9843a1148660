package io.github.rustfit.core.signals.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.signals.ModuleFacts;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackagingModulesTest {

    private static ModuleFacts module(String artifactId, String path, String packaging) {
        return new ModuleFacts(artifactId, path, path + "/pom.xml", packaging, Set.of());
    }

    @Test
    void assemblies_distributions_boms_shaded_jars_and_documentation_are_packaging() {
        assertThat(module("acme-assembly", "assembly", "jar")).matches(PackagingModules::isPackaging);
        assertThat(module("acme-distribution", "distribution", "jar")).matches(PackagingModules::isPackaging);
        assertThat(module("acme-bom", "bom", "pom")).matches(PackagingModules::isPackaging);
        assertThat(module("acme-all", "all", "jar")).matches(PackagingModules::isPackaging);
        assertThat(module("acme-client-shaded", "client-shaded", "jar")).matches(PackagingModules::isPackaging);
        assertThat(module("acme-docs", "docs", "jar")).matches(PackagingModules::isPackaging);
    }

    @Test
    void any_module_of_pom_packaging_is_packaging_whatever_its_name() {
        assertThat(module("acme-server-dependencies", "server-deps", "pom")).matches(PackagingModules::isPackaging);
    }

    @Test
    void a_library_whose_name_merely_contains_a_packaging_word_is_not_packaging() {
        assertThat(module("acme-installer-core", "installer-core", "jar"))
                .matches(m -> !PackagingModules.isPackaging(m));
        assertThat(module("acme-distributed-lock", "distributed-lock", "jar"))
                .matches(m -> !PackagingModules.isPackaging(m));
        assertThat(module("acme-codec", "codec", "bundle")).matches(m -> !PackagingModules.isPackaging(m));
    }
}
