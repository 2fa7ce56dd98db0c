package org.copydesk.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GitIgnoreTest {

    @Test
    void aNameWithoutSlashMatchesAtAnyDepth() {
        GitIgnore ignore = GitIgnore.parse("*.draft.md\n");
        assertEquals(true, ignore.match("a.draft.md", false));
        assertEquals(true, ignore.match("x/y/a.draft.md", false));
        assertNull(ignore.match("a.md", false));
        assertNull(ignore.match("x/a.draft.mdx", false));
    }

    @Test
    void aSlashAnchorsThePatternToTheFilesFolder() {
        GitIgnore ignore = GitIgnore.parse("/root.md\ndocs/build\n");
        assertEquals(true, ignore.match("root.md", false));
        assertNull(ignore.match("sub/root.md", false));
        assertEquals(true, ignore.match("docs/build", true));
        assertNull(ignore.match("x/docs/build", true));
    }

    @Test
    void aTrailingSlashMatchesFoldersOnly() {
        GitIgnore ignore = GitIgnore.parse("out/\n");
        assertEquals(true, ignore.match("out", true));
        assertEquals(true, ignore.match("a/out", true));
        assertNull(ignore.match("out", false));
    }

    @Test
    void doubleStars() {
        GitIgnore ignore = GitIgnore.parse("**/tmp\na/**/b.md\nlogs/**\n");
        assertEquals(true, ignore.match("tmp", true));
        assertEquals(true, ignore.match("x/y/tmp", false));
        assertEquals(true, ignore.match("a/b.md", false));
        assertEquals(true, ignore.match("a/x/y/b.md", false));
        assertNull(ignore.match("b/a/b.md", false));
        assertEquals(true, ignore.match("logs/x/y.md", false));
        assertNull(ignore.match("logs", true));
    }

    @Test
    void theLastMatchingPatternWinsAndBangReincludes() {
        GitIgnore ignore = GitIgnore.parse("*.md\n!keep.md\n");
        assertEquals(true, ignore.match("a.md", false));
        assertEquals(false, ignore.match("keep.md", false));
        assertEquals(false, ignore.match("x/keep.md", false));
    }

    @Test
    void commentsBlanksEscapesAndTrailingSpaces() {
        GitIgnore ignore = GitIgnore.parse("# a comment\n\n\\#hash.md\n\\!bang.md\nspaced.md   \nkept\\ \n");
        assertEquals(true, ignore.match("#hash.md", false));
        assertEquals(true, ignore.match("!bang.md", false));
        assertEquals(true, ignore.match("spaced.md", false));
        assertEquals(true, ignore.match("kept ", false));
        assertNull(ignore.match("# a comment", false));
    }

    @Test
    void characterClassesAndQuestionMarks() {
        GitIgnore ignore = GitIgnore.parse("draft[0-9].md\nnote[!a].md\n?.txt\n");
        assertEquals(true, ignore.match("draft7.md", false));
        assertNull(ignore.match("draftx.md", false));
        assertEquals(true, ignore.match("noteb.md", false));
        assertNull(ignore.match("notea.md", false));
        assertEquals(true, ignore.match("x.txt", false));
        assertNull(ignore.match("xy.txt", false));
        assertNull(GitIgnore.parse("a?b\n").match("a/b", false), "? never matches a slash");
    }

    @Test
    void regexCharactersAreLiteral() {
        GitIgnore ignore = GitIgnore.parse("a+b(c).md\n[unclosed\n");
        assertEquals(true, ignore.match("a+b(c).md", false));
        assertEquals(true, ignore.match("[unclosed", false));
    }

    @Test
    void crlfIgnoreFilesParse() {
        assertEquals(true, GitIgnore.parse("a.md\r\nb.md\r\n").match("b.md", false));
    }
}
