def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: no component manifest at ')
assert log =~ /run mvn io\.github\.rustfit:rust-fit-maven-plugin:[^:\s]+:init to start one/
assert log.contains('rust-fit: report written to ')
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/rust-fit/index.html').text
assert page.contains('id="review-summary"')
assert new File(basedir, 'target/rust-fit/summary.md').isFile()
