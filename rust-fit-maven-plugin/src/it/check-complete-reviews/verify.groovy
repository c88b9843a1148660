def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: recorded the review of check-complete-reviews (component \'greeter\')')
assert log.contains('rust-fit: review gate: 1 module(s) need a review, 1 hold; 0 error(s), 0 warning(s).')
assert log.contains('BUILD SUCCESS')
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
assert result.modules[0].review.status == 'OK'
assert result.modules[0].review.recorded.reviewers == ['alice', 'bob']
