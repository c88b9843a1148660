import groovy.json.JsonSlurper

def resultFile = new File(basedir, 'target/rust-fit/rust-fit.json')
assert resultFile.isFile() : 'one result at the execution root'
assert !new File(basedir, 'lib/target/rust-fit/rust-fit.json').exists() : 'no per-module results'

def result = new JsonSlurper().parse(resultFile)
assert result.schemaVersion == 2
assert result.modules*.identity.path == ['.', 'app', 'docs', 'lib']
def byPath = result.modules.collectEntries { [(it.identity.path): it] }
assert byPath['lib'].identity.artifactId == 'lib' && byPath['lib'].identity.packaging == 'jar'
assert byPath['lib'].graph.dependents == ['app']
assert byPath['app'].graph.dependsOn == ['lib']
assert byPath['lib'].sources.files.seen == 1 && byPath['lib'].sources.files.parsed == 1 && byPath['lib'].sources.files.linesOfCode > 0
assert byPath['lib'].sources.roots == ['lib/src/main/java']
assert byPath['.'].judgement.verdict == 'NOT_ANALYZED'
assert byPath['docs'].judgement.verdict == 'NOT_ANALYZED'
assert byPath['lib'].judgement.questions*.question == ['MEMORY_SAFETY_INCIDENT', 'TAIL_LATENCY_CRITICAL', 'SHARED_INFRASTRUCTURE']
assert byPath['lib'].judgement.rationale && byPath['lib'].judgement.whatWouldChange

def log = new File(basedir, 'build.log').text
assert log.count('rust-fit: analysed 2 of 4 modules') == 1
assert log.contains('rust-fit: result written to ' + resultFile.canonicalPath) || log.contains('rust-fit: result written to ')
