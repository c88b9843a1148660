def log = new File(basedir, 'build.log').text
assert log.contains("rust-fit: rustfit.failOnMissingReview 'ture' is neither true nor false. Use true or false (-Drustfit.failOnMissingReview or <failOnMissingReview> in the plugin's configuration); the default is true.")
assert !log.contains('calls for a fit review') : 'the gate did not run on a setting it could not read'
assert log.contains('rust-fit: skipped (rustfit.skip=true)')
assert log.contains("rust-fit: rustfit.skip 'yes' is neither true nor false. Use true or false (-Drustfit.skip or <skip> in the plugin's configuration); the default is false.")
assert !log.contains('rust-fit: parsed ') : 'no file was parsed before the settings were checked'
assert !new File(basedir, 'target/rust-fit/rust-fit.json').exists()
