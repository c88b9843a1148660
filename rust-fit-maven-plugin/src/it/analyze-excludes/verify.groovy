import groovy.json.JsonSlurper

def result = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def module = result.modules[0]
assert module.sources.files.seen == 1 : 'the generated table was not analysed'
assert module.sources.files.excluded == 1 : 'the result says how many files were set aside'
assert result.summary.files.excluded == 1
def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: 1 file(s) set aside by rustfit.excludes')
assert !log.contains('set aside nothing') : 'the glob matched, so it is not warned about'
