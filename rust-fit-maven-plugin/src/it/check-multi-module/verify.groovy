def log = new File(basedir, 'build.log').text
assert log.contains("rust-fit: recorded the review of multi-core (component 'greeting-core')")
assert log =~ /\[ERROR\] multi-web: its verdict KEEP calls for a fit review, and none is recorded \(.*rust-fit\.yaml:15\)\. Fix: /
assert !(log =~ /\[ERROR\] multi-core:/)
assert !log.contains('no component of the manifest covers this module')
assert log.contains('rust-fit: review gate: 2 module(s) need a review, 1 hold; 1 error(s), 0 warning(s).')
def manifest = new File(basedir, 'rust-fit.yaml').text
assert manifest.contains('    modules: [core]          # by module path\n    review:\n      decision: stay-on-jvm\n')
assert manifest.endsWith('  - name: web-front\n    modules: [multi-web]     # by artifactId\n    owner: web-team\n')
