def log = new File(basedir, 'build.log').text
assert log.contains("rust-fit: rustfit.revisitBy '2072-05-24' is more than 2 years after today (2026-11-24). Use a date no later than 2028-11-24; without the setting it is 2027-05-24.")
assert new File(basedir, 'rust-fit.yaml').text.contains('revisitBy: 2072-05-24')
assert log =~ /\[ERROR\] check-distant-revisit: its review of 2026-11-24 is to be revisited on 2072-05-24, more than 2 years after it was made \(.*rust-fit\.yaml:13\)\. Fix: write under revisitBy when the team will look at the decision again, at the latest 2028-11-24 /
assert !log.contains('due for a revisit')
assert log.contains('rust-fit: review gate: 1 module(s) need a review, 0 hold; 1 error(s), 0 warning(s).')
