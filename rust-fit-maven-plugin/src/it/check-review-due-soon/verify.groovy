def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] check-review-due-soon: its review is due for a revisit on 2026-12-04, in 10 day\(s\)/
assert log.contains('rust-fit: review gate: 1 module(s) need a review, 1 hold; 0 error(s), 1 warning(s).')
assert log.contains('BUILD SUCCESS')
