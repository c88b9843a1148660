def summary = new File(basedir, 'target/rust-fit/summary.md').text
assert summary.contains('### Since last time')
assert summary.contains('- Dropped candidates: `solo` (Keep on the JVM)')
assert summary.contains('- Verdict changes: `solo` Strong candidate → Keep on the JVM')
assert summary.contains('- Signals that rose or fell: `solo` `explicit-locks` 3 → 0')
assert new File(basedir, 'target/rust-fit/index.html').text.contains('id="since"')
