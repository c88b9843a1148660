def summary = new File(basedir, 'target/rust-fit/summary.md').text
assert summary.contains('### Since last time')
assert summary.contains('> **Note:** The earlier result was made with other settings (includeTests was false, now true, ')
assert summary.contains('rust-fit version was 0.0.9, now ')
assert summary.contains('- Dropped candidates: `solo` (Keep on the JVM)')
assert summary.contains('- Verdict changes: `solo` Strong candidate → Keep on the JVM')
assert summary.contains('- Signals that rose or fell: `solo` `explicit-locks` 3 → 0')
assert new File(basedir, 'target/rust-fit/index.html').text.contains('id="since"')
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] rust-fit: rustfit.compareTo: ')
assert log.contains('earlier-rust-fit.json was made with other settings than this run (includeTests was false, now true, ')
assert log.contains('rust-fit version was 0.0.9, now ')
