import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.count('rust-fit: analysed ') == 1 : 'the analysis runs once per build, not once per module'
def result = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
assert result.modules*.identity.path == ['.', 'alpha', 'beta']
assert !new File(basedir, 'alpha/target/rust-fit').exists()
