def log = new File(basedir, 'build.log').text
def unread = ~/rust-fit: could not read the whole project at .*check-from-module-directory-unreadable-top[\/\\]pom\.xml \(Child module .*missing.* does not exist.*\)\. This build judges part of it, and whether a module of it is shared infrastructure, and so needs a review, depends on the modules outside it\. Run from .*check-from-module-directory-unreadable-top to judge every module, or fix that POM\./
assert log =~ /\[ERROR\] Failed to execute goal .*:check .*/ + unread.pattern()
assert log =~ /\[WARNING\] / + unread.pattern() + / The modules of this build are judged as if the rest of the project did not depend on them\./
assert new File(basedir, 'alpha/target/rust-fit/rust-fit.json').isFile()
