def log = new File(basedir, 'build.log').text
assert new File(basedir, 'rust-fit.yaml').text.contains('date: 2062-11-30')
assert log =~ /\[ERROR\] check-future-dated-review: its review is dated 2062-11-30, after today, 2026-11-24 \(.*rust-fit\.yaml:12\)\. Fix: write the day the review was made as its date, and check its revisitBy 2063-05-30 for the same slip; or, to date it today, record it with /
assert !log.contains('due for a revisit')
assert log.contains('rust-fit: review gate: 1 module(s) need a review, 0 hold; 1 error(s), 0 warning(s).')
