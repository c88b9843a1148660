def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] manifest-mismatch-fails: no component of the manifest covers this module/
assert log =~ /\[ERROR\] ledger: component 'billing' names this module, and the reactor has no such module/
assert log.contains('rust-fit: the fit-review gate failed with 2 error(s):')
