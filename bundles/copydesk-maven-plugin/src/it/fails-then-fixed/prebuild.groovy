// The draft under test: a copy of the example article, as a writer would have pasted it out of a CMS.
def docs = new File(basedir, 'docs')
docs.mkdirs()
new File(docs, '000_4e3a9109ce5d23f9.txt').bytes = new File(exampleArticle).bytes
return true
