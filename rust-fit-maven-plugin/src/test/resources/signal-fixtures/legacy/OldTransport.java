package fixtures.legacy;

/** A transport kept for old clients only. */
@Deprecated
final class OldTransport { // expect: legacy.deprecated-types

    void send(String message) {}
}
