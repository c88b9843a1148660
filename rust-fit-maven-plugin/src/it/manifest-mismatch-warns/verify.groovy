def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] manifest-mismatch-warns: no component of the manifest covers this module \(.*rust-fit\.yaml\)\. Fix: add it/
assert log =~ /\[WARNING\] ledger: component 'billing' names this module, and the reactor has no such module \(.*rust-fit\.yaml:5\)\. Fix: /
assert log.contains('0 error(s), 2 warning(s).')
assert log.contains('BUILD SUCCESS')
