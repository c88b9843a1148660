def log = new File(basedir, 'build.log').text
assert log.contains("rust-fit: rustfit.requireReviewFor 'STRONG' is not one of STRONG_CANDIDATE, CONSIDER, ALL. Use STRONG_CANDIDATE, the closest valid value.")
assert !log.contains('rust-fit: parsed ') : 'no file was parsed before the setting was checked'
assert !new File(basedir, 'target/rust-fit/cache/file-reports.zip').exists() : 'no cache was written'
assert !new File(basedir, 'target/rust-fit/rust-fit.json').exists()
