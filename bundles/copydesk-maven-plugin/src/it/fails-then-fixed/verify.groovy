// The build failed on the draft, named the duplicates as file:line, then passed after copydesk:fix.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Copydesk found 8 findings at or above warning:') || log.contains('Copydesk found 9 findings at or above warning:')
(13..20).each { line ->
    assert log.contains("docs/000_4e3a9109ce5d23f9.txt:${line}: ") : "no summary line for line ${line}"
}
assert log.contains('BUILD FAILURE')
assert log.contains('Copydesk: 1 file changed')
assert log.contains('BUILD SUCCESS')

// the fix kept lines 1-12, each with its newline, and took out the copies (lines 13-20)
def original = new File(exampleArticle).getText('UTF-8').split('\n', -1) as List
def fixed = new File(basedir, 'docs/000_4e3a9109ce5d23f9.txt').getText('UTF-8')
def head = original[0..11].join('\n') + '\n'
assert fixed == head || fixed == head + original[20] : "unexpected fixed text:\n${fixed}"

// the reports of the passing build
def reports = new File(basedir, 'target/copydesk')
assert new File(reports, 'copydesk.sarif').getText('UTF-8').contains('"version" : "2.1.0"')
assert new File(reports, 'copydesk-checkstyle.xml').isFile()
assert new File(reports, 'TEST-copydesk.xml').getText('UTF-8').contains('failures="0"')
return true
