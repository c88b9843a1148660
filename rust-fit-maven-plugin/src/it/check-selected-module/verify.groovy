def log = new File(basedir, 'build.log').text
assert !(log =~ /\[ERROR\] beta: /) : 'beta exists in the project, though this build left it out'
assert log =~ /\[ERROR\] ghost: component 'second' names this module, and the reactor has no such module \(.*with-ghost\.yaml:6\)/
assert log.count('rust-fit: review gate: 0 module(s) need a review, 0 hold; 0 error(s), 0 warning(s).') == 1
