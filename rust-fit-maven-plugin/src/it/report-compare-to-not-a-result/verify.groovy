def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit: rustfit\.compareTo: [^ ]*not-a-result\.json:1:30: modules holds a number where a list belongs\. Point rustfit\.compareTo at a rust-fit\.json written by this plugin, such as target\/rust-fit\/rust-fit\.json kept from an earlier build, or remove the setting\./
assert log =~ /rust-fit: rustfit\.compareTo '[^']*src' is a directory, where a rust-fit\.json should be\. Move the directory away, or point rustfit\.compareTo at a rust-fit\.json\./
assert !log.contains('Cannot deserialize') && !log.contains('io.github.rustfit.core') : 'no class names of the reader'
assert !log.contains('rust-fit: parsed ') : 'the file was read before the analysis'
assert !new File(basedir, 'target/rust-fit/rust-fit.json').exists()
assert !new File(basedir, 'target/rust-fit/index.html').exists()
