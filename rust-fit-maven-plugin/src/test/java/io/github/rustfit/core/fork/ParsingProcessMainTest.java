package io.github.rustfit.core.fork;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsingProcessMainTest {

    private static final String ALL_IDS = String.join(
            ",", SignalRegistry.fileSignals().stream().map(Signal::id).toList());

    @Test
    void the_arguments_name_the_level_the_threads_and_the_registered_signals_in_order() {
        ParsingProcessMain.Setup setup = ParsingProcessMain.Setup.of(new String[] {"JAVA_21", "3", ALL_IDS})
                .orElseThrow();

        assertThat(setup.level().name()).isEqualTo("JAVA_21");
        assertThat(setup.threads()).isEqualTo(3);
        assertThat(setup.signals().stream().map(Signal::id).toList())
                .isEqualTo(SignalRegistry.fileSignals().stream().map(Signal::id).toList());
    }

    @Test
    void arguments_this_build_cannot_honour_are_refused() {
        String newest = LanguageLevels.newest().name();
        assertThat(ParsingProcessMain.Setup.of(new String[] {newest, "2", "no.such-signal"}))
                .isEmpty();
        assertThat(ParsingProcessMain.Setup.of(new String[] {"JAVA_99", "2", ALL_IDS}))
                .isEmpty();
        assertThat(ParsingProcessMain.Setup.of(new String[] {newest, "0", ALL_IDS}))
                .isEmpty();
        assertThat(ParsingProcessMain.Setup.of(new String[] {newest, "many", ALL_IDS}))
                .isEmpty();
        assertThat(ParsingProcessMain.Setup.of(new String[] {newest, "2"})).isEmpty();
    }

    @Test
    void no_signals_is_a_valid_request() {
        assertThat(ParsingProcessMain.Setup.of(new String[] {"JAVA_17", "1", ""}))
                .map(ParsingProcessMain.Setup::signals)
                .contains(List.of());
    }
}
