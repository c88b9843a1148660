// Runs a command exactly as the plugin printed it, in a shell, with this Maven on the PATH and the
// ITs' local repository (where the plugin under test is installed) as the only environment.
def run = { String command ->
    def builder = new ProcessBuilder('bash', '-c', command).directory(basedir).redirectErrorStream(true)
    def mavenBin = new File(System.getProperty('maven.home'), 'bin').path
    builder.environment().put('PATH', mavenBin + File.pathSeparator + System.getenv('PATH'))
    builder.environment().put('MAVEN_OPTS', '-Dmaven.repo.local=' + localRepositoryPath)
    def process = builder.start()
    def output = process.inputStream.text
    new File(basedir, 'hint.log') << "\$ " + command + '\n' + output
    assert process.waitFor() == 0 : "the printed command failed: ${command}\n${output}"
    output
}

def log = new File(basedir, 'build.log').text
assert !log.contains('mvn rust-fit:') : 'no hint uses the prefix, which does not resolve here'
def error = log.readLines().find { it.startsWith('[ERROR] hint-runs-as-printed: its verdict KEEP calls for a fit review') }
assert error != null

// the init command, exactly as printed
def init = (error =~ /\((mvn \S+:init) starts one\)/)[0][1]
assert init.startsWith('mvn io.github.rustfit:rust-fit-maven-plugin:')
run(init)
assert new File(basedir, 'rust-fit.yaml').text.contains('  - name: hint-runs-as-printed\n')

// the review command as printed, its placeholders filled in as a user would
def review = (error =~ /record it with (mvn \S+:review .*)$/)[0][1]
def filled = review.replace('<rust-candidate|stay-on-jvm|revisit>', 'stay-on-jvm')
        .replace('"..."', '"Greets people; no untrusted input."')
        .replace('<names>', 'alice')
assert filled != review : 'the review command names what to fill in'
def output = run(filled)
assert output.contains('rust-fit: recorded the review of hint-runs-as-printed')
assert new File(basedir, 'rust-fit.yaml').text.contains('decision: stay-on-jvm')
