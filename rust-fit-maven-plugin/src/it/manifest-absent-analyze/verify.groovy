def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: no component manifest at ')
assert log =~ /run mvn io\.github\.rustfit:rust-fit-maven-plugin:[^:\s]+:init to start one/ : 'the hint names the plugin in full, so it works where the prefix does not resolve'
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/rust-fit/rust-fit.json').isFile()
assert new File(basedir, 'target/rust-fit/review-stubs.yaml').text.contains('No module needs a review now.')
