def site = new File(basedir, 'target/site')
def page = new File(site, 'rust-fit.html')
assert page.isFile() : 'the report page is part of the site'
assert page.text.contains('rust-fit/index.html') : 'the page links to the full report'
assert new File(site, 'rust-fit/index.html').text.startsWith('<!DOCTYPE html>')
assert new File(site, 'project-reports.html').text.contains('rust-fit.html') : 'listed under Project Reports'
