import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def missing = ~/\[ERROR\] hot-cache: its verdict STRONG_CANDIDATE calls for a fit review, and none is recorded \(.*check-from-module-directory-judged-whole[\/\\]rust-fit\.yaml:3\)/
assert log.findAll(missing).size() == 2 : 'the build in the module directory fails the gate as the whole build does, on the manifest at the top'
assert log =~ /rust-fit: this build started in hot-cache, part of the project at .*check-from-module-directory-judged-whole; it judges the 1 module\(s\) of this build against the manifest there\./
assert !new File(basedir, 'hot-cache/rust-fit.yaml').exists()

def whole = new JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def part = new JsonSlurper().parse(new File(basedir, 'hot-cache/target/rust-fit/rust-fit.json'))
def wholeCache = whole.modules.find { it.identity.path == 'hot-cache' }
assert part.modules*.identity.path == ['hot-cache'] : 'paths are relative to the top of the project, as the manifest has them'
assert wholeCache.graph.dependents == ['gateway', 'orders']
assert part.modules[0].graph == wholeCache.graph
assert part.modules[0].judgement == wholeCache.judgement
assert wholeCache.judgement.verdict == 'STRONG_CANDIDATE'
