def site = new File(basedir, 'target/site')
def page = new File(site, 'rust-fit.html')
assert page.isFile() : 'the report page is part of the site'
assert page.text.contains('rust-fit/index.html') : 'the page links to the full report'
assert new File(site, 'rust-fit/index.html').text.startsWith('<!DOCTYPE html>')
assert new File(site, 'project-reports.html').text.contains('rust-fit.html') : 'listed under Project Reports'
// the site page carries the report's own sections inside the skin, not only counts and a link
def text = page.text
assert text.contains('id="fit-chart"') : 'the rule map is on the site page'
assert text.contains('id="heatmap"') : 'the criteria heat map is on the site page'
assert text.contains('id="reactor-graph"') : 'the dependency graph is on the site page'
assert text.contains('class="rust-fit in-site"') : 'the sections are scoped inside the skin'
