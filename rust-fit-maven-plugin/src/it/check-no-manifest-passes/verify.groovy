def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: review gate: 0 module(s) need a review, 0 hold; 0 error(s), 0 warning(s).')
assert log.contains('BUILD SUCCESS')
