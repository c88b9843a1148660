package fixtures.legacy;

/** Near-miss: a current type with one deprecated method is not deprecated code. */
final class CurrentApi {

    @Deprecated
    void oldCall() {}

    void newCall() {}
}
