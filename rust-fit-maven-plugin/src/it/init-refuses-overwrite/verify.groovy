def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit: .*rust-fit\.yaml already exists; init never overwrites a manifest\./
assert new File(basedir, 'rust-fit.yaml').text == 'version: 1\n# hand-written: keep me\ncomponents: []\n'
