def log = new File(basedir, 'build.log').text
assert log.count('rust-fit: analysed ') == 1 : 'the analysis runs once per build under -T 2'
assert log.count('rust-fit: report written to ') == 1 : 'the report is written once per build under -T 2'
assert log.count('rust-fit: review gate: ') == 1 : 'the gate judges once per build under -T 2'
assert new File(basedir, 'target/rust-fit/rust-fit.json').isFile()
