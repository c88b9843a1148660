def log = new File(basedir, 'build.log').text
def refusal = /rust-fit: rustfit\.manifest '[^']*rust-fit\.yaml' is a directory, where the manifest file should be\. Move the directory away, or point rustfit\.manifest at the manifest file\./
assert (log =~ refusal).size() == 2 : 'check and init both refuse'
assert !log.contains('Is a directory')
assert !log.contains('rust-fit: parsed ') : 'nothing was analysed'
assert !new File(basedir, 'target/rust-fit/rust-fit.json').exists()
assert new File(basedir, 'rust-fit.yaml').isDirectory() : 'the directory was left as it is'
