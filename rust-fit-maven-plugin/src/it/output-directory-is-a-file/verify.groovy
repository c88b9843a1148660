def log = new File(basedir, 'build.log').text
assert log =~ /rust-fit: .*pom\.xml[\/\\]rust-fit\.json: could not write the result: cannot create the directory .*pom\.xml because a file is in the way: .*pom\.xml is a file\. Move that file away, or point the plugin elsewhere \(rustfit\.outputDirectory/
assert new File(basedir, 'pom.xml').text.contains('<artifactId>output-directory-is-a-file</artifactId>') : 'the file in the way is left as it was'
