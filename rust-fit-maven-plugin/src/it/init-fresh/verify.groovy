def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit: wrote a starter manifest with 1 component\(s\) to .*rust-fit\.yaml/
def manifest = new File(basedir, 'rust-fit.yaml').text
assert manifest.startsWith('# rust-fit component manifest')
assert manifest.contains('  - name: init-fresh\n    modules: [init-fresh]\n')
assert manifest.contains('    #   memorySafetyIncident: no\n')
// the second run read it: the module is covered, so no reconciliation warning
assert !log.contains('no component of the manifest covers this module')
