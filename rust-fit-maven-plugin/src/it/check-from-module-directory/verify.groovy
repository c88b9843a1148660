def log = new File(basedir, 'build.log').text
assert log.contains("rust-fit: recorded the review of alpha (component 'alpha')")
assert !new File(basedir, 'alpha/rust-fit.yaml').exists()
assert log =~ /rust-fit: this build started in alpha, part of the project at .*check-from-module-directory; it judges the 1 module\(s\) of this build against the manifest there\./
assert log =~ /rust-fit: review gate: 1 module\(s\) need a review, 1 hold; 0 error\(s\), 0 warning\(s\)\. Manifest: .*check-from-module-directory[\/\\]rust-fit\.yaml;/
assert !log.contains('BUILD FAILURE')
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'alpha/target/rust-fit/rust-fit.json'))
assert result.modules*.identity.path == ['alpha'] : 'paths are relative to the top of the project, as the manifest has them'
assert result.modules[0].review.status == 'OK'
