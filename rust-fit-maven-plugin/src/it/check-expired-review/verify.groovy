def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] check-expired-review: its review was due for a revisit on 2025-07-01 \(.*rust-fit\.yaml:\d+\)\. Fix: revisit the decision/
assert !log.contains('since its review of')
assert log.contains('rust-fit: review gate: 1 module(s) need a review, 0 hold; 1 error(s), 0 warning(s).')
