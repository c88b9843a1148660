def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] check-stale-review: the evidence moved \d+% since its review of 2026-10-01, beyond the 10% tolerance \(.*rust-fit\.yaml:5\)\. Fix: review it again/
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
assert result.modules[0].review.status == 'STALE'
