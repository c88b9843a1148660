// Runs a command exactly as given, in bash, with this Maven on the PATH and the ITs' local repository
// (where the plugin under test is installed) as the only environment.
def run = { String command, int expected = 0 ->
    def builder = new ProcessBuilder('bash', '-c', command).directory(basedir).redirectErrorStream(true)
    def mavenBin = new File(System.getProperty('maven.home'), 'bin').path
    builder.environment().put('PATH', mavenBin + File.pathSeparator + System.getenv('PATH'))
    builder.environment().put('MAVEN_OPTS', '-Dmaven.repo.local=' + localRepositoryPath)
    def process = builder.start()
    def output = process.inputStream.text
    new File(basedir, 'printed.log') << "\$ " + command + '\n' + output
    assert process.waitFor() == expected : "the command exited otherwise than ${expected}: ${command}\n${output}"
    output
}

def decoy = new File(basedir, 'rust-fit.yaml').text
def log = new File(basedir, 'build.log').text
def error = log.readLines().find {
    it.startsWith('[ERROR] printed-review-carries-settings: its verdict KEEP calls for a fit review, and none is recorded')
}
assert error != null
assert error.contains('config/team.yaml:4)')

// the review command as printed carries the check's manifest and every setting that shapes the
// evidence, the glob quoted so the shell passes it as it is
def review = (error =~ /record it with (mvn \S+:review .*)$/)[0][1]
assert review.endsWith(" -Drustfit.manifest=config/team.yaml -Drustfit.includeTests=true"
        + " -Drustfit.excludes='**/legacy/**' -Drustfit.requireReviewFor=ALL")

// run as printed, its placeholders filled in as a user would, in their quotes
def filled = review.replace('<rust-candidate|stay-on-jvm|revisit>', 'stay-on-jvm')
        .replace('<why, in your own words>', 'Formats greetings; no byte handling and no latency budget.')
        .replace('<names, comma-separated>', 'alice')
def recorded = run(filled)
def team = new File(basedir, 'config/team.yaml')
assert recorded.contains("rust-fit: recorded the review of printed-review-carries-settings (component 'greeter') in "
        + team.canonicalPath + ': stay-on-jvm')
assert team.text.contains('decision: stay-on-jvm')
assert new File(basedir, 'rust-fit.yaml').text == decoy : 'the manifest the check did not read is left alone'

// the review saw what the check measures: the main and test sources, not the excluded ones
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def lines = result.modules[0].sources.files.linesOfCode
assert team.text.contains("linesOfCode: ${lines}\n")

// the same check as the build's, run again: the review now holds
def plugin = (review =~ /^mvn (\S+):review /)[0][1]
def check = run("mvn -B ${plugin}:check -Drustfit.manifest=config/team.yaml -Drustfit.includeTests=true"
        + " -Drustfit.excludes='**/legacy/**' -Drustfit.requireReviewFor=ALL")
assert check.contains('rust-fit: review gate: 1 module(s) need a review, 1 hold; 0 error(s), 0 warning(s).')
assert check.contains('BUILD SUCCESS')
