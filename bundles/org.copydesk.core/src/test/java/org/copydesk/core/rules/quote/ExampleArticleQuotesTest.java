package org.copydesk.core.rules.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.junit.jupiter.api.Test;

/**
 * The example article's quotations (the table in its .expected.md) are all found, so that "none is flagged" in
 * {@code ExampleArticleTest} means they were judged attributed, not overlooked.
 */
class ExampleArticleQuotesTest {
    private static final List<String> QUOTATIONS = List.of(
            "4 break the ice", "7 reached some distance", "9 begin the denuclearization process.", "9 impatient old man,",
            "10 emboldened", "10 comprehensive", "11 denuclearization", "11 has lost all meaning.",
            "15 reached some distance", "17 begin the denuclearization process.", "17 impatient old man,",
            "18 emboldened", "18 comprehensive", "19 denuclearization", "19 has lost all meaning.");

    @Test
    void findsEveryQuotationAndJudgesItAttributedOrATerm() throws IOException {
        String article;
        try (InputStream in = getClass().getResourceAsStream("/examples/000_4e3a9109ce5d23f9.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document document = Document.parse(article, Format.PLAIN_TEXT);
        QuoteScan scan = document.get(QuoteScan.KEY);
        AttributionFinder.Analysis analysis = AttributionFinder.analyse(document, scan,
                LexiconReader.builtIn(Language.ENGLISH));
        List<String> found = new ArrayList<>();
        for (Quotation quotation : scan.quotations()) {
            found.add(document.lines().line(quotation.start()) + " " + quotation.content(article));
            AttributionFinder.Verdict verdict = analysis.verdicts()[quotation.index()];
            assertTrue(verdict == AttributionFinder.Verdict.ATTRIBUTED || verdict == AttributionFinder.Verdict.EXEMPT,
                    quotation.content(article) + ": " + verdict);
        }
        assertEquals(QUOTATIONS, found);
        assertEquals(List.of(), scan.unbalanced());
        assertEquals(Language.ENGLISH, LanguageGuess.of(document));
    }
}
