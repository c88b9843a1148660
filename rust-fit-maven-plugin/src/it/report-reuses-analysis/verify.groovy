def log = new File(basedir, 'build.log').text
// each analysis warns once about the Latin-1 byte: one warning means report reused analyze's result
assert log.count('bytes that are not valid UTF-8') == 1
assert log.count('rust-fit: report written to ') == 1
assert new File(basedir, 'target/rust-fit/index.html').isFile()
assert new File(basedir, 'target/rust-fit/summary.md').isFile()
