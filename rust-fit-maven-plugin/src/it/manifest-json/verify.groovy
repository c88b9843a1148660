def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rust-fit/rust-fit.json'))
def memory = result.modules[0].judgement.questions.find { it.question == 'MEMORY_SAFETY_INCIDENT' }
assert memory.inferred == 'NO'
assert memory.declared == 'YES'
assert memory.effective == 'YES'
assert result.modules[0].judgement.verdict == 'CONSIDER'
