// git keeps no empty directory: make the one that stands where the manifest should be
assert new File(basedir, 'rust-fit.yaml').mkdirs()
