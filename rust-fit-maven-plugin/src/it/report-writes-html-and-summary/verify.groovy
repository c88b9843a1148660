def out = new File(basedir, 'target/rust-fit')
def html = new File(out, 'index.html')
assert new File(out, 'rust-fit.json').isFile() : 'report analysed first, as no result of this build existed'
assert html.isFile()
assert html.text.startsWith('<!DOCTYPE html>')
assert !html.text.contains('alert(1)') : 'no signal quotes the string yet, so it must not appear at all'

def summary = new File(out, 'summary.md').text
assert summary.startsWith('## rust-fit: 0 strong candidates, 0 to consider, 1 to keep (2 modules)')

def log = new File(basedir, 'build.log').text
assert log.count('rust-fit: report written to ') == 1
assert log.contains('rust-fit: report written to ' + html.canonicalPath) || log.contains(html.path)

def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'rust-fit.sarif'))
assert sarif.version == '2.1.0' : 'a SARIF log is written beside the JSON'
assert sarif.runs[0].tool.driver.name == 'rust-fit-maven-plugin'
