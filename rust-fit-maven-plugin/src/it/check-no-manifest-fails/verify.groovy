def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] check-no-manifest-fails: its verdict KEEP calls for a fit review, and none is recorded')
assert log.contains('rust-fit.yaml (no such file)). Fix: copy its stub from ')
assert log.contains('rust-fit: the fit-review gate failed with 1 error(s):')
def stubs = new File(basedir, 'target/rust-fit/review-stubs.yaml').text
assert stubs.contains('  - name: check-no-manifest-fails')
assert stubs.contains('rationale: "TODO: say why, in the team\'s own words"')
