def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] check-placeholder-rationale: its review's rationale is empty or a placeholder \("TODO"\) \(.*rust-fit\.yaml:7\)\. Fix: write why the team decided stay-on-jvm, in its own words\./
assert log.contains('rust-fit: the fit-review gate failed with 1 error(s):')
