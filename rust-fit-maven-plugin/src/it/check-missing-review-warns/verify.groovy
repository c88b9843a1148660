def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] check-missing-review-warns: its verdict KEEP calls for a fit review, and none is recorded')
assert log.contains('0 error(s), 1 warning(s).')
assert log.contains('BUILD SUCCESS')
