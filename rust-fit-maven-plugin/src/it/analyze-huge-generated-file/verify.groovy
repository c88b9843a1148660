import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('OutOfMemoryError') : 'no JVM ran out of heap'
assert !log.contains('parsing in a separate JVM failed') : 'the separate JVM did not fail'
assert log.contains('file(s) parsed in a separate JVM') : 'the second run parsed in a separate JVM'
def here = new File(basedir, 'target/here/rust-fit.json')
def forked = new File(basedir, 'target/rust-fit/rust-fit.json')
assert here.bytes == forked.bytes : 'both JVMs give the same bytes'
def module = new JsonSlurper().parse(forked).modules[0]
assert module.sources.files.seen == 2
assert module.sources.files.parsed == 1 : 'the small file is parsed'
def problem = module.sources.parseProblems.find { it.file.endsWith('Table.java') }
assert problem != null && problem.message.startsWith('not parsed: its ') : 'the table is listed as not parsed, with the reason'
assert problem.message.contains('rustfit.maxFileSize')
assert module.sources.files.linesOfCode > 50_000 : 'its lines are still counted'
