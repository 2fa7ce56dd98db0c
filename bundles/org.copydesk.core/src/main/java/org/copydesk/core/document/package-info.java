/**
 * A text as the rules read it. Entry point: {@link org.copydesk.core.document.Document#parse(String, String,
 * org.copydesk.core.document.Format)}.
 *
 * <p>{@link org.copydesk.core.document.Format} comes from the file name; {@link
 * org.copydesk.core.document.Segmenter#of} picks the {@link org.copydesk.core.document.PlainTextSegmenter}, {@link
 * org.copydesk.core.document.MarkdownSegmenter} or {@link org.copydesk.core.document.AsciiDocSegmenter}, which cut
 * the text into {@link org.copydesk.core.document.Block}s with exact source ranges ({@link
 * org.copydesk.core.document.LineParagraphs}, {@link org.copydesk.core.document.LineShape} and {@link
 * org.copydesk.core.document.WrapWidth} tell hard-wrapped paragraphs from one paragraph a line). {@link
 * org.copydesk.core.document.LineMap} turns offsets into lines and columns. Analyses several rules share are
 * {@link org.copydesk.core.document.Document.Key}s, computed once per document; {@link
 * org.copydesk.core.document.Suppressions} is one, reading the comments {@link
 * org.copydesk.core.document.SuppressionComment} writes.
 */
package org.copydesk.core.document;
