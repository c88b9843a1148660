// A 4.8 MB table of int literals, as a generator would write it; made here so the repository
// holds no such file.
def file = new File(basedir, 'src/main/java/it/huge/Table.java')
def random = new Random(42)
file.withWriter('UTF-8') { out ->
    out << 'package it.huge;\n\nfinal class Table {\n    static final int[] VALUES = {\n'
    long written = 0
    while (written < 4_800_000) {
        def line = (1..8).collect { random.nextInt() }.join(', ') + ',\n'
        out << line
        written += line.length()
    }
    out << '    };\n}\n'
}
return true
