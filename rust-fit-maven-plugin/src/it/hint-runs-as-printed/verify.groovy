// Runs a command exactly as the plugin printed it, in a shell, with this Maven on the PATH and the
// ITs' local repository (where the plugin under test is installed) as the only environment.
def run = { String command, int expected = 0 ->
    def builder = new ProcessBuilder('bash', '-c', command).directory(basedir).redirectErrorStream(true)
    def mavenBin = new File(System.getProperty('maven.home'), 'bin').path
    builder.environment().put('PATH', mavenBin + File.pathSeparator + System.getenv('PATH'))
    builder.environment().put('MAVEN_OPTS', '-Dmaven.repo.local=' + localRepositoryPath)
    def process = builder.start()
    def output = process.inputStream.text
    new File(basedir, 'hint.log') << "\$ " + command + '\n' + output
    assert process.waitFor() == expected : "the printed command exited otherwise than ${expected}: ${command}\n${output}"
    output
}

def log = new File(basedir, 'build.log').text
assert !log.contains('mvn rust-fit:') : 'no hint uses the prefix, which does not resolve here'
def error = log.readLines().find { it.startsWith('[ERROR] hint-runs-as-printed: its verdict KEEP calls for a fit review') }
assert error != null

// the init command, exactly as printed
def init = (error =~ /\((mvn \S+:init(?: \S+)*) starts one\)/)[0][1]
assert init.startsWith('mvn io.github.rustfit:rust-fit-maven-plugin:')
assert init.endsWith(':init -Drustfit.requireReviewFor=ALL') : 'it writes the stubs this run judged'

run(init)
assert new File(basedir, 'rust-fit.yaml').text.contains('  - name: hint-runs-as-printed\n')

// the review command exactly as printed: the shell runs it, and the goal names each value still to
// fill in and records nothing
def review = (error =~ /record it with (mvn \S+:review .*)$/)[0][1]
def manifest = new File(basedir, 'rust-fit.yaml').text
def unchanged = run(review, 1)
assert unchanged.contains('rust-fit: 3 values are still to fill in or to correct; nothing was done:')
assert unchanged.contains("rust-fit: rustfit.decision '<rust-candidate|stay-on-jvm|revisit>' is still a placeholder to fill in. Choose one of rust-candidate, stay-on-jvm, revisit.")
assert unchanged.contains("rust-fit: rustfit.rationale '<why, in your own words>' is still a placeholder to fill in.")
assert unchanged.contains("rust-fit: rustfit.reviewers '<names, comma-separated>' is still a placeholder to fill in.")
assert !unchanged.contains('syntax error')
assert new File(basedir, 'rust-fit.yaml').text == manifest : 'a command run unchanged records nothing'

// the review command as printed, its placeholders filled in as a user would, in their quotes
def filled = review.replace('<rust-candidate|stay-on-jvm|revisit>', 'stay-on-jvm')
        .replace('<why, in your own words>', "Greets people; doesn't read untrusted input.")
        .replace('<names, comma-separated>', 'alice')
assert filled != review : 'the review command names what to fill in'
def output = run(filled)
assert output.contains('rust-fit: recorded the review of hint-runs-as-printed')
assert new File(basedir, 'rust-fit.yaml').text.contains('decision: stay-on-jvm')
assert new File(basedir, 'rust-fit.yaml').text.contains('rationale: "Greets people; doesn\'t read untrusted input."')
