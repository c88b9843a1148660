import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def missing = ~/\[ERROR\] hot-cache: its verdict STRONG_CANDIDATE calls for a fit review, and none is recorded \(.*rust-fit\.yaml:3\)/
assert log.findAll(missing).size() == 2 : 'the selected build fails the gate as the whole build does'
assert log =~ /rust-fit: this build selected 1 of the 6 module\(s\) of the project at .*check-selected-module-judged-whole; it judges those against the manifest there\./

def whole = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def selected = new JsonSlurper().parse(new File(basedir, 'hot-cache/target/rust-fit-selected/rust-fit.json'))
def wholeCache = whole.modules.find { it.identity.path == 'hot-cache' }
assert selected.modules*.identity.path == ['hot-cache']
// load-check has tests only: it is no production module, so it never makes hot-cache shared infrastructure
assert wholeCache.graph.dependents == ['gateway', 'orders']
assert selected.modules[0].graph == wholeCache.graph
assert selected.modules[0].judgement == wholeCache.judgement
assert wholeCache.judgement.verdict == 'STRONG_CANDIDATE'
