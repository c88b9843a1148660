def log = new File(basedir, 'build.log').text
assert log.contains("rust-fit: 3 file(s) parsed in a separate JVM tuned for short runs") : 'the first run parses in a separate JVM, started from the plugin realm'
assert !log.contains('parsing in a separate JVM failed') && !log.contains('could not start a JVM') : 'the separate JVM starts and finishes'
def forked = new File(basedir, 'target/forked/rust-fit.json')
def here = new File(basedir, 'target/rust-fit/rust-fit.json')
assert forked.isFile() && here.isFile()
assert forked.bytes == here.bytes : 'parsing in a separate JVM writes the same bytes as parsing in Maven'
