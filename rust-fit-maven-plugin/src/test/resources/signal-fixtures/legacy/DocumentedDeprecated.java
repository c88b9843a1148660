package fixtures.legacy;

/**
 * The first wire format.
 *
 * @deprecated use the second one; kept so that old files still open
 */
final class FirstFormat { // expect: legacy.deprecated-types

    int version() {
        return 1;
    }
}
