def before = new File(basedir, '../../../src/it/review-keeps-bytes/rust-fit.yaml').text
def after = new File(basedir, 'rust-fit.yaml').text
def head = before.substring(0, before.indexOf('    review:'))
def tail = before.substring(before.indexOf('  # --- end of greeter ---'))
assert after.startsWith(head)
assert after.endsWith(tail)
def block = after.substring(head.length(), after.length() - tail.length())
assert block.startsWith('    review:\n      decision: stay-on-jvm\n')
assert block.contains('      rationale: "Traffic stayed low: \\"hello\\" strings, no latency budget."\n')
assert block.contains('      reviewers: [alice, bob]\n      date: 2026-11-24\n      revisitBy: 2027-05-24\n')
assert block =~ /      evidence: "sha256:[0-9a-f]{64}"\n/
assert !new File(basedir as String).list().any { it.endsWith('.tmp') }
