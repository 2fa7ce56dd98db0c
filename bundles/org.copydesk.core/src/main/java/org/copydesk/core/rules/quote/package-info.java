/**
 * The two quotation rules. Entry points: {@link org.copydesk.core.rules.quote.UnattributedQuoteRule} and {@link
 * org.copydesk.core.rules.quote.UnbalancedQuoteRule}; both read one {@link org.copydesk.core.rules.quote.QuoteScan}
 * per document (a shared {@code Document.Key}).
 *
 * <p><b>Finding quotations</b> ({@link org.copydesk.core.rules.quote.QuoteScanner}, one pass per paragraph into a
 * {@link org.copydesk.core.rules.quote.ScannedParagraph}): {@link org.copydesk.core.rules.quote.Mark} says which marks
 * pair, {@link org.copydesk.core.rules.quote.MarkPosition} whether a straight mark opens or closes, and {@link
 * org.copydesk.core.rules.quote.Apostrophes}, {@link org.copydesk.core.rules.quote.InchMarks} and {@link
 * org.copydesk.core.rules.quote.InlineMarkup} set aside what only looks like a quotation mark ({@link
 * org.copydesk.core.rules.quote.Lookahead} keeps those searches linear). The results are {@link
 * org.copydesk.core.rules.quote.Quotation}s and {@link org.copydesk.core.rules.quote.UnbalancedMark}s.
 *
 * <p><b>Finding the speaker</b> ({@link org.copydesk.core.rules.quote.AttributionFinder}): {@link
 * org.copydesk.core.rules.quote.ParagraphTokens} gives the words and sentences around each quotation; {@link
 * org.copydesk.core.rules.quote.Exemptions} removes titles, terms and nicknames; then a speaker is sought in the
 * lexicon's cues ({@link org.copydesk.core.rules.quote.AttributionCues}), in the sentence's shape ({@link
 * org.copydesk.core.rules.quote.Frames}, {@link org.copydesk.core.rules.quote.SpeakerPhrase}, the French {@link
 * org.copydesk.core.rules.quote.Incise}), and in the text around ({@link org.copydesk.core.rules.quote.Echoes}: a
 * headline repeating an attributed quotation). The cues come from {@code <language>.cues} through {@link
 * org.copydesk.core.rules.quote.LexiconReader} into a {@link org.copydesk.core.rules.quote.Lexicon}, with verb forms
 * from {@link org.copydesk.core.rules.quote.EnglishForms}, {@link org.copydesk.core.rules.quote.GermanForms} and
 * {@link org.copydesk.core.rules.quote.FrenchForms}; {@link org.copydesk.core.rules.quote.LanguageGuess} picks the
 * {@link org.copydesk.core.rules.quote.Language}. {@link org.copydesk.core.rules.quote.Words} is the one definition
 * of a word they share.
 *
 * <p><b>Reporting</b>: {@link org.copydesk.core.rules.quote.IgnoredQuotes} drops the quotations the config lists,
 * and {@link org.copydesk.core.rules.quote.QuoteFixes} writes the suggestions.
 */
package org.copydesk.core.rules.quote;
