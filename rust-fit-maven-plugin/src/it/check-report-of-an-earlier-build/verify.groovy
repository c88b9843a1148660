def log = new File(basedir, 'build.log').text
def gate = log.readLines().findAll { it.contains('rust-fit: review gate: ') }
assert gate.size() == 2 : gate
// build 2 wrote no report: the one on disk is build 1's, of both modules, and the line says so
assert gate[0] =~ /review-stubs\.yaml; an earlier build's report, which may not describe this run: \S+index\.html \(mvn io\.github\.rustfit:rust-fit-maven-plugin:\S+:report rewrites it\)$/
// build 3 wrote it before checking
assert gate[1] =~ /review-stubs\.yaml; report: \S+index\.html$/
