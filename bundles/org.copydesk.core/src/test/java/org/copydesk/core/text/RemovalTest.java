package org.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.TextEdit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Removing a block leaves no gap: the text closes up as if the block had never been there. */
class RemovalTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                               | text                          | block   | expected
            middle line of one-per-line text      | A.\\nB.\\nC.\\n               | B.      | A.\\nC.\\n
            middle paragraph, blank lines         | A.\\n\\nB.\\n\\nC.\\n         | B.      | A.\\n\\nC.\\n
            first paragraph                       | A.\\n\\nB.\\n                 | A.      | B.\\n
            last paragraph, newline at the end    | A.\\n\\nB.\\n                 | B.      | A.\\n
            last line, no newline at the end      | A.\\nB.                       | B.      | A.\\n
            last of blank-separated, no newline   | A.\\n\\nB.                    | B.      | A.\\n
            the only paragraph                    | \\nA.\\n\\n                   | A.      | ''
            CRLF middle                           | A.\\r\\n\\r\\nB.\\r\\n\\r\\nC.| B.      | A.\\r\\n\\r\\nC.
            CRLF last                             | A.\\r\\nB.\\r\\n              | B.      | A.\\r\\n
            CR only                               | A.\\rB.\\rC.                  | B.      | A.\\rC.
            wrapped paragraph                     | A.\\n\\nB b\\nb b.\\n\\nC.\\n | B b\\nb b. | A.\\n\\nC.\\n
            markdown list item with its marker    | - A.\\n- B.\\n- C.\\n         | B.      | - A.\\n- C.\\n
            markdown quote with its marker        | A.\\n\\n> B.\\n\\nC.\\n       | B.      | A.\\n\\nC.\\n
            numbered item                         | 1. A.\\n2. B.\\n              | B.      | 1. A.\\n
            asciidoc callout                      | <1> A.\\n<2> B.\\n            | B.      | <1> A.\\n
            part of a line                        | A. B. C.\\n                   | B.      | A.  C.\\n
            byte order mark kept                  | \\uFEFFA.\\nB.\\n             | A.      | \\uFEFFB.\\n
            byte order mark kept, last block      | \\uFEFFA.\\n                  | A.      | \\uFEFF
            """)
    void removesTheBlockAndTheGapItLeaves(String what, String text, String block, String expected) {
        String document = unescape(text);
        String remove = unescape(block);
        int start = document.indexOf(remove);
        TextEdit edit = Removal.ofBlock(document, start, start + remove.length());
        assertEquals(unescape(expected), FixApplier.apply(document, List.of(Fix.automatic("remove", "remove", edit))).text());
    }

    @Test
    void removingTheExampleArticlesCopiesAndFooterLeavesItsFirstTwelveLinesLikeHead() throws IOException {
        String article = resource("/examples/000_4e3a9109ce5d23f9.txt");
        List<String> lines = article.lines().toList();
        List<Fix> fixes = new ArrayList<>();
        int offset = 0;
        for (int line = 1; line <= lines.size(); line++) {
            int start = article.indexOf(lines.get(line - 1), offset);
            offset = start + lines.get(line - 1).length();
            if (line >= 13) {
                fixes.add(Fix.automatic("remove", "remove", Removal.ofBlock(article, start, offset)));
            }
        }
        String head12 = String.join("\n", lines.subList(0, 12)) + "\n";
        assertEquals(head12, FixApplier.apply(article, fixes).text());
        assertEquals(head12 + lines.get(20), FixApplier.apply(article, fixes.subList(0, 8)).text(), "without the footer fix");
    }

    private static String unescape(String s) {
        if (s.equals("''")) {
            return "";
        }
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RemovalTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
