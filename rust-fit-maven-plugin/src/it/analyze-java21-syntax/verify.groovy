import groovy.json.JsonSlurper

def result = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def module = result.modules[0]
assert module.sources.files.seen == 1
assert module.sources.files.parsed == 1 : "Java 21 syntax must parse: ${module.sources.parseProblems}"
assert module.sources.parseProblems == []
assert result.settings.languageLevel ==~ /JAVA_\d+/
assert (result.settings.languageLevel - 'JAVA_') as int >= 21
