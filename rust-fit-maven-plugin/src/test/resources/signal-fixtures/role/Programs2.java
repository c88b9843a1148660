package fixtures.role;

/** A program whose main method takes its arguments as varargs. */
final class Launcher {

    public static void main(final String... arguments) { // expect: role.entry-points
        new Launcher();
    }
}
