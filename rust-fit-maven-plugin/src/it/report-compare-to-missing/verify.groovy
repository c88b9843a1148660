def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: rustfit.compareTo names no file: ')
assert log.contains('no-such-result.json')
assert !new File(basedir, 'target/rust-fit/index.html').exists()
