package io.github.rustfit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheKeyTest {

    @TempDir
    Path dir;

    @Test
    void a_key_file_is_made_on_first_use_readable_by_its_owner_only_and_reused_afterwards() throws Exception {
        Path file = CacheKey.defaultFile(dir);

        CacheKey first = CacheKey.resolve(Optional.empty(), file);
        CacheKey second = CacheKey.resolve(Optional.empty(), file);

        assertThat(first.bytes()).isEqualTo(second.bytes()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(file).exists();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void two_users_get_two_keys() throws Exception {
        CacheKey one = CacheKey.resolve(Optional.empty(), dir.resolve("one/cache.key"));
        CacheKey two = CacheKey.resolve(Optional.empty(), dir.resolve("two/cache.key"));

        assertThat(one.bytes()).isNotEqualTo(two.bytes());
    }

    @Test
    void a_secret_from_the_environment_wins_over_the_key_file() throws Exception {
        Path file = dir.resolve("cache.key");

        CacheKey key = CacheKey.resolve(Optional.of("  a-long-ci-secret-of-the-team  "), file);

        assertThat(key.bytes()).isEqualTo("a-long-ci-secret-of-the-team".getBytes(StandardCharsets.UTF_8));
        assertThat(file).doesNotExist();
    }

    @Test
    void a_short_secret_is_refused_naming_the_variable_and_the_fix() {
        assertThatThrownBy(() -> CacheKey.resolve(Optional.of("short"), dir.resolve("cache.key")))
                .isInstanceOf(CacheKey.UnusableKeyException.class)
                .hasMessageContaining(CacheKey.ENVIRONMENT_VARIABLE)
                .hasMessageContaining("at least 16")
                .hasMessageContaining("openssl rand -hex 32");
    }

    @Test
    void a_key_file_too_short_to_be_a_key_is_refused_with_the_fix() throws Exception {
        Path file = dir.resolve("cache.key");
        Files.writeString(file, "abc\n");

        assertThatThrownBy(() -> CacheKey.resolve(Optional.empty(), file))
                .isInstanceOf(CacheKey.UnusableKeyException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("delete the file");
    }
}
