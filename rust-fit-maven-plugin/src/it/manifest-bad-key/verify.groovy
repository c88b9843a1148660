def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit\.yaml:8:7: unknown key 'reviewr' in components\[0\]\.review; expected one of .*reviewers.*\. Did you mean 'reviewers'\?/
assert log.contains('MojoExecutionException')
assert !new File(basedir, 'target/rust-fit/rust-fit.json').exists()
