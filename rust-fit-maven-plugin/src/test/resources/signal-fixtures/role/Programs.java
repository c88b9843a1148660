package fixtures.role;

/** A command-line program: its main method marks the file as an entry point, once. */
final class DumpTool {

    public static void main(String[] args) { // expect: role.entry-points
        System.out.println(args.length);
    }

    static final class Nested {
        public static void main(String... args) {
            System.out.println(args.length);
        }
    }
}

/** Near-misses: methods called main that are not a program's entry point. */
final class NotPrograms {

    void main(String[] args) {}

    public static int main(String args) {
        return args.length();
    }

    public static void main(String[] args, int extra) {}
}
