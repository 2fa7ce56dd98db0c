// The finding's file name is shown with its line break escaped, so no log line can start with a workflow command;
// the signature that loops over nothing is a config error naming the file and line.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Copydesk found 1 finding at or above warning:')
assert log.contains('docs/a\\u000a::error::injected.txt:3: Duplicate of') : 'the file name is not escaped'
assert !log.readLines().any { it.startsWith('::') || it.startsWith('[ERROR] ::') } : 'a line starts with a workflow command'
assert log.contains('unbounded.yaml:3:') && log.contains('repeats a part that can match nothing')
return true
