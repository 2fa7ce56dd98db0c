package org.copydesk.core.rules.quote;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.core.Fix;
import org.copydesk.core.Severity;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleMeta;
import org.copydesk.core.rule.RuleOption;

/**
 * Flags direct quotations that do not say who is speaking. Short quotations (three words or fewer by default)
 * without a source are more likely scare quotes and are reported at {@code info} as such.
 */
@RuleMeta(id = "unattributed-quote", summary = "A quotation that does not say who said it", severity = Severity.WARNING)
public final class UnattributedQuoteRule implements Rule {
    static final RuleOption<String> LANGUAGE = RuleOption.choice("language", "auto", List.of("auto", "en", "de", "fr"),
            "The language of the attribution cues; auto guesses it from the document's commonest words.");
    static final RuleOption<List<String>> VERBS = RuleOption.strings("verbs", List.of(),
            "More reporting verbs, with their regular forms (English -s, -ed, -ing; German and French too), or phrases such as \"went on\".");
    static final RuleOption<List<String>> CUES = RuleOption.strings("cues", List.of(),
            "More words or phrases that name a source anywhere in a quotation's sentence, such as \"per\" or \"insider\".");
    static final RuleOption<List<String>> TITLES = RuleOption.strings("titles", List.of(),
            "More words that, right before a quotation, make it a title, a name or a word mentioned, such as \"hashtag\".");
    static final RuleOption<List<String>> IGNORE = RuleOption.strings("ignore", List.of(),
            "Quotations never to flag, compared without regard to case, spacing and surrounding punctuation.");
    static final RuleOption<Boolean> SCARE_QUOTES = RuleOption.flag("scare-quotes", true,
            "Report short quotations without a source as possible scare quotes, at info.");
    static final RuleOption<Integer> SCARE_QUOTE_WORDS = RuleOption.integer("scare-quote-words", 3, 0, 20,
            "Quotations of at most this many words are possible scare quotes rather than quotations missing a source.");

    private static final int EXCERPT_WORDS = 8;
    private static final Map<List<Object>, Lexicon> EXTENDED = new ConcurrentHashMap<>();

    @Override
    public List<RuleOption<?>> options() {
        return List.of(LANGUAGE, VERBS, CUES, TITLES, IGNORE, SCARE_QUOTES, SCARE_QUOTE_WORDS);
    }

    @Override
    public void check(Document document, RuleContext context) {
        QuoteScan scan = document.get(QuoteScan.KEY);
        if (scan.quotations().isEmpty()) {
            return;
        }
        String text = document.text();
        Lexicon lexicon = lexicon(document, context);
        AttributionFinder.Verdict[] verdicts = AttributionFinder.analyse(document, scan, lexicon).verdicts();
        IgnoredQuotes ignored = new IgnoredQuotes(context.option(IGNORE));
        boolean scareQuotes = context.option(SCARE_QUOTES);
        int scareWords = context.option(SCARE_QUOTE_WORDS);
        String ruleId = info().id();
        for (Quotation quotation : scan.quotations()) {
            if (verdicts[quotation.index()] != AttributionFinder.Verdict.UNATTRIBUTED) {
                continue;
            }
            Block first = scan.paragraphs().get(quotation.first().paragraph());
            String content = quotation.content(text);
            if (ignored.ignoresText(content)) {
                continue;
            }
            Block last = scan.paragraphs().get(quotation.last().paragraph());
            Fix attribute = QuoteFixes.addAttribution(text, quotation, lexicon, last);
            Fix plain = QuoteFixes.plainText(text, quotation);
            Fix ignore = QuoteFixes.ignore(document, first, ruleId);
            RuleContext.FindingBuilder finding;
            if (quotation.wordCount(text) <= scareWords) {
                if (!scareQuotes) {
                    continue;
                }
                finding = context.finding(quotation.start(), quotation.end(),
                        excerpt(content) + " is a possible scare quote: attribute it, or drop the quotation marks")
                        .severity(Severity.INFO).fix(plain).fix(attribute);
            } else {
                finding = context.finding(quotation.start(), quotation.end(),
                        "Quotation without attribution: who said " + excerpt(content) + "?").fix(attribute).fix(plain);
            }
            if (ignore != null) {
                finding.fix(ignore);
            }
            finding.report();
        }
    }

    private Lexicon lexicon(Document document, RuleContext context) {
        Language language = LanguageGuess.resolve(context.option(LANGUAGE), document);
        Lexicon builtIn = LexiconReader.builtIn(language);
        List<String> verbs = context.option(VERBS);
        List<String> cues = context.option(CUES);
        List<String> titles = context.option(TITLES);
        if (verbs.isEmpty() && cues.isEmpty() && titles.isEmpty()) {
            return builtIn;
        }
        if (EXTENDED.size() > 64) {
            EXTENDED.clear();
        }
        return EXTENDED.computeIfAbsent(List.of(language, verbs, cues, titles),
                key -> builtIn.extendedWith(verbs, cues, titles));
    }

    /** The quotation's first words, in straight quotes, for a message that reads well in a terminal. */
    static String excerpt(String content) {
        StringBuilder out = new StringBuilder("\"");
        int words = 0;
        int i = 0;
        int n = content.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(content.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (words == EXCERPT_WORDS) {
                out.append('\u2026');
                break;
            }
            if (words++ > 0) {
                out.append(' ');
            }
            while (i < n && !Character.isWhitespace(content.charAt(i))) {
                out.append(content.charAt(i++));
            }
        }
        return out.append('"').toString();
    }
}
