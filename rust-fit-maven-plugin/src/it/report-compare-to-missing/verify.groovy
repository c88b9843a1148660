def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit: rustfit\.compareTo '[^']*no-such-result\.json' names no file\. Point it at a rust-fit\.json kept from an earlier build, or remove the setting\./
assert !new File(basedir, 'target/rust-fit/index.html').exists()
