/**
 * The {@code cms-footer} rule. Entry point: {@link org.copydesk.core.rules.footer.CmsFooterRule}.
 *
 * <p><b>Reading a line.</b> {@link org.copydesk.core.rules.footer.LineText} strips what converters leave (list
 * markers, tags, entities, link targets); {@link org.copydesk.core.rules.footer.ChromeLineClassifier} cuts it into
 * {@link org.copydesk.core.rules.footer.LineSegments}, reads each piece's {@link
 * org.copydesk.core.rules.footer.LineWords} against the {@link org.copydesk.core.rules.footer.ChromeVocabulary}
 * ({@link org.copydesk.core.rules.footer.ChromeLabels}), the {@link org.copydesk.core.rules.footer.ChromeShapes}
 * worded in {@link org.copydesk.core.rules.footer.ChromePatterns} (template phrases found through {@link
 * org.copydesk.core.rules.footer.TemplateSentences}), and {@link
 * org.copydesk.core.rules.footer.ProseTest}, and gives a {@link org.copydesk.core.rules.footer.LineVerdict} of some
 * {@link org.copydesk.core.rules.footer.ChromeKind}. Platform {@link org.copydesk.core.rules.footer.Signature}s (the
 * {@link org.copydesk.core.rules.footer.SignatureCatalog} plus the {@link
 * org.copydesk.core.rules.footer.ConfiguredSignatures}, arranged in a {@link
 * org.copydesk.core.rules.footer.SignatureSet}; each counts only {@link org.copydesk.core.rules.footer.Where} its
 * text allows) are strong evidence; a configured pattern reads through {@link
 * org.copydesk.core.rules.footer.BoundedText}.
 *
 * <p><b>Finding the footer.</b> {@link org.copydesk.core.rules.footer.LineReader} reads the text bottom-up into
 * {@link org.copydesk.core.rules.footer.WalkedLine}s; {@link org.copydesk.core.rules.footer.EndRegion} walks back
 * from the end while lines are chrome, {@link org.copydesk.core.rules.footer.GluedChrome} finds chrome stuck onto
 * the last sentence, {@link org.copydesk.core.rules.footer.ChromeAboveProse} chrome above a few last lines of
 * prose, and {@link org.copydesk.core.rules.footer.Watermarks} the unambiguous editor watermarks anywhere; {@link
 * org.copydesk.core.rules.footer.BlockRanges} keeps code, tables and headings out. {@link
 * org.copydesk.core.rules.footer.Footer} is the result: one finding and its removal.
 */
package org.copydesk.core.rules.footer;
