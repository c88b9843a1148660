// The hot-cache module is the sample project's own: its sources are copied in before the build, so
// the repository holds them once (basedir is target/it/<this test>, below the plugin's directory).
def from = new File(basedir, '../../../../sample-project/hot-cache/src').canonicalFile
def to = new File(basedir, 'hot-cache/src')
assert from.isDirectory() : "the sample project's hot-cache sources are not at ${from}"
from.eachFileRecurse(groovy.io.FileType.FILES) { source ->
    def target = new File(to, from.toPath().relativize(source.toPath()).toString())
    target.parentFile.mkdirs()
    target.bytes = source.bytes
}
return true
