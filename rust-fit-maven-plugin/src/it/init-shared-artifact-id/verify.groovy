def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit: wrote a starter manifest with 2 component\(s\) to .*rust-fit\.yaml/
def manifest = new File(basedir, 'rust-fit.yaml').text
assert manifest.contains('  - name: "it.rustfit.billing:core"\n    modules: [billing/core]\n')
assert manifest.contains('  - name: "it.rustfit.shipping:core"\n    modules: [shipping/core]\n')
// the second run read it and found every module covered once
assert !log.contains('no component of the manifest covers this module')
assert !log.contains('Duplicate')
