import groovy.json.JsonSlurper

def result = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def module = result.modules[0]
assert module.sources.files.seen == 3
assert module.sources.files.parsed == 1
assert module.sources.files.failed == 2
assert module.sources.parseProblems*.file == ['src/main/java/it/broken/Broken.java', 'src/main/java/it/broken/NotJava.java']
def broken = module.sources.parseProblems[0]
assert broken.line == 4 && broken.column > 0 && broken.message.contains('Parse error')

def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: 2 file(s) could not be parsed')
assert log.contains('BUILD SUCCESS')
