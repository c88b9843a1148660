import groovy.json.JsonSlurper

def result = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def module = result.modules[0]
assert module.files.seen == 1
assert module.files.parsed == 1 : "Java 21 syntax must parse: ${module.parseProblems}"
assert module.parseProblems == []
assert result.settings.languageLevel ==~ /JAVA_\d+/
assert (result.settings.languageLevel - 'JAVA_') as int >= 21
