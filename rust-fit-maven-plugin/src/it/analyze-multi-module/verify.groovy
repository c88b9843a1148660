import groovy.json.JsonSlurper

def resultFile = new File(basedir, 'target/rust-fit/rust-fit.json')
assert resultFile.isFile() : 'one result at the execution root'
assert !new File(basedir, 'lib/target/rust-fit/rust-fit.json').exists() : 'no per-module results'

def result = new JsonSlurper().parse(resultFile)
assert result.schemaVersion == 1
assert result.modules*.path == ['.', 'app', 'docs', 'lib']
def byPath = result.modules.collectEntries { [(it.path): it] }
assert byPath['lib'].artifactId == 'lib' && byPath['lib'].packaging == 'jar'
assert byPath['lib'].dependents == ['app']
assert byPath['app'].dependsOn == ['lib']
assert byPath['lib'].files.seen == 1 && byPath['lib'].files.parsed == 1 && byPath['lib'].files.linesOfCode > 0
assert byPath['lib'].sourceRoots == ['lib/src/main/java']
assert byPath['.'].verdict == 'NOT_ANALYZED'
assert byPath['docs'].verdict == 'NOT_ANALYZED'
assert byPath['lib'].questions*.question == ['MEMORY_SAFETY_INCIDENT', 'TAIL_LATENCY_CRITICAL', 'SHARED_INFRASTRUCTURE']
assert byPath['lib'].rationale && byPath['lib'].whatWouldChange

def log = new File(basedir, 'build.log').text
assert log.count('rust-fit: analysed 2 of 4 modules') == 1
assert log.contains('rust-fit: result written to ' + resultFile.canonicalPath) || log.contains('rust-fit: result written to ')
