def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] rust-fit: rust-fit.yaml:7:5: the suppression of concurrency.locks (every module) set aside nothing')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def module = result.modules[0]
assert !module.evidence.signals.any { it.id == 'concurrency.atomics' }
assert module.evidence.suppressions.size() == 1
assert module.evidence.suppressions[0].at == 'rust-fit.yaml:3:5'
assert module.evidence.suppressions[0].occurrences == 2
assert module.evidence.suppressions[0].reviewer == 'amara'
assert result.suppressions*.occurrences == [2, 0]

def html = new File(basedir, 'target/rust-fit/index.html').text
assert html.contains('id="suppressions"')
