def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: skipped (rustfit.skip=true)')
assert !new File(basedir, 'target/rust-fit/rust-fit.json').exists()
