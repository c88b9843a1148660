def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) @ check-missing-review')
assert log =~ /\[ERROR\] check-missing-review: its verdict KEEP calls for a fit review, and none is recorded \(.*rust-fit\.yaml:3\)\. Fix: /
assert log.contains('rust-fit: review gate: 1 module(s) need a review, 0 hold; 1 error(s), 0 warning(s).')
