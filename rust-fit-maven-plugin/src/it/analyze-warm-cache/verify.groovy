def log = new File(basedir, 'build.log').text
assert log.contains('rust-fit: parsed 2 changed file(s), reused 0 unchanged from the cache') : 'the first run parses everything'
assert log.contains('rust-fit: parsed 0 changed file(s), reused 2 unchanged from the cache') : 'the second run parses nothing'
assert new File(basedir, 'target/rust-fit/cache/file-reports.zip').isFile()
def first = new File(basedir, 'target/rust-fit/rust-fit.json').bytes
def second = new File(basedir, 'target/second/rust-fit.json').bytes
assert first == second : 'a warm run writes the same bytes as a cold one'
