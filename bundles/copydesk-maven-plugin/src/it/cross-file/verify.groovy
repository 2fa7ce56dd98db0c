// The build failed on the copy in the later page, naming the other page, then passed after copydesk:fix.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docs/guide/config.md:5: ') : 'no summary line for the copy'
assert log.contains('line 3 of docs/guide/basics.md') : 'the message names the other file'
assert log.contains('BUILD FAILURE')
assert log.contains('Copydesk: 1 file changed')
assert log.contains('BUILD SUCCESS')

def basics = new File(basedir, 'docs/guide/basics.md').getText('UTF-8')
assert basics.contains('Every boat belongs to one owner') : 'the first occurrence stays'
def config = new File(basedir, 'docs/guide/config.md').getText('UTF-8')
assert config == '# Configuration\n\nThe settings live in a file next to the program, and are read once when the server starts.\n'
def sarif = new File(basedir, 'target/copydesk/copydesk.sarif').getText('UTF-8')
assert sarif.contains('"version" : "2.1.0"')
return true
