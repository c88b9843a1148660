def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: no component manifest at ')
assert log.contains('run mvn rust-fit:init to start one')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/rust-fit/rust-fit.json').isFile()
assert new File(basedir, 'target/rust-fit/review-stubs.yaml').text.contains('No module needs a review now.')
