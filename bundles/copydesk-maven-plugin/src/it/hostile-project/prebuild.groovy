// A draft pasted twice into a file whose name holds a line break and a GitHub workflow command, and a config
// whose footer signature nests counted empty groups (a loop that reads nothing and would run for half an hour).
def docs = new File(basedir, 'docs')
docs.mkdirs()
def paragraph = 'The harbour council met on Tuesday to approve the new ferry timetable for the spring season.'
new File(docs, 'a\n::error::injected.txt').setText(paragraph + '\n\n' + paragraph + '\n', 'UTF-8')
new File(basedir, 'unbounded.yaml').setText('rules:\n  cms-footer:\n    signatures: ["/((){1000000}){1000000}x/"]\n', 'UTF-8')
return true
