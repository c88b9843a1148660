import groovy.json.JsonSlurper

def full = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
assert full.modules*.identity.path == ['.', 'core', 'service']
assert full.modules.find { it.identity.path == 'core' }.graph.dependents == ['service']
assert full.modules.find { it.identity.path == 'service' }.sources.files.parsed == 1

// a relative outputDirectory resolves against the module, as for any Maven File parameter
def alone = new JsonSlurper().parse(new File(basedir, 'service/target/service-only/rust-fit.json'))
assert alone.modules*.identity.path == ['service']
assert alone.modules[0].sources.files.parsed == 1

def log = new File(basedir, 'build.log').text
assert !log.contains('does-not-exist:jar') : 'nothing tried to resolve the missing artifact'
assert !log.contains('BUILD FAILURE')
