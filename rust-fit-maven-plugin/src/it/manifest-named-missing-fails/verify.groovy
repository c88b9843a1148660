def log = new File(basedir, 'build.log').text
// the log holds both invocations: the check first, then init
def check = log.substring(0, log.indexOf(':init (default-cli)'))
def missing = new File(basedir, 'rust-fit.yml').toPath().toAbsolutePath().normalize().toString()
assert check.contains("rust-fit: rustfit.manifest '" + missing + "' names no file, so the build would run as if the"
        + " project had no manifest. Check its spelling, or run mvn io.github.rustfit:rust-fit-maven-plugin:")
assert check.contains(":init -Drustfit.manifest=" + missing + " to start one there.")
assert !check.contains('no component manifest at')
assert !check.contains('rust-fit: parsed') : 'refused before any work'
assert new File(basedir, 'team/rust-fit.yaml').isFile() : 'init started the manifest it was pointed at'
assert !new File(basedir, 'rust-fit.yml').exists()
