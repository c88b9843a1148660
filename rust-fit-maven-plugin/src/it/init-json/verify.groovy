import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit: wrote a starter manifest with 1 component\(s\) to .*team\.json/
def manifest = new JsonSlurper().parse(new File(basedir, 'team.json'))
assert manifest.version == 1
assert manifest.components == [[name: 'init-json', modules: ['init-json']]]
// the second run read it: the module is covered, so no reconciliation warning
assert !log.contains('no component of the manifest covers this module')
assert !new File(basedir, 'rust-fit.yaml').exists()
