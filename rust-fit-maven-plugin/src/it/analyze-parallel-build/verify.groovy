// -T 2 ran first, writing to target/parallel (relative to the root module, which runs the goal)
def parallel = new File(basedir, 'target/parallel/rust-fit.json')
def serial = new File(basedir, 'target/rust-fit/rust-fit.json')
assert parallel.isFile() && serial.isFile()
assert parallel.bytes == serial.bytes : 'a parallel build writes the same bytes as a serial one'
