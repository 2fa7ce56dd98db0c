/**
 * The {@code duplicate-paragraph} rule. Entry point: {@link org.copydesk.core.rules.duplicate.DuplicateParagraphRule}.
 *
 * <p>In the order a check uses them: {@link org.copydesk.core.rules.duplicate.WordReader} reads each paragraph into
 * {@link org.copydesk.core.rules.duplicate.Words} (normalised for wrapping, case, punctuation, quotes and dashes),
 * kept per paragraph as a {@link org.copydesk.core.rules.duplicate.ReadParagraph} so an edited document reuses it;
 * {@link org.copydesk.core.rules.duplicate.TitleLines} sets titles and captions aside. {@link
 * org.copydesk.core.rules.duplicate.DuplicateFinder} files each paragraph under the keys of its {@link
 * org.copydesk.core.rules.duplicate.Sketch} (MinHash/LSH, in {@link org.copydesk.core.rules.duplicate.Buckets}) after
 * looking up the earlier ones filed there, and {@link org.copydesk.core.rules.duplicate.CopyMatcher} decides with
 * a banded word {@link org.copydesk.core.rules.duplicate.Alignment}; {@link
 * org.copydesk.core.rules.duplicate.DuplicateIndex} keeps that search current as a document is edited. Last, {@link
 * org.copydesk.core.rules.duplicate.CopyDifference} says what a copy adds, and the core's {@code SafeDeletion}
 * decides whether its removal may be automatic.
 *
 * <p>Across the files of a project, {@link org.copydesk.core.rules.duplicate.ProjectDuplicates} keeps each file's
 * paragraph sketches (never its text) and runs the same search over all of them in {@link
 * org.copydesk.core.rules.duplicate.ProjectOrder} ({@code include::} order, else path order; its {@code Search}
 * takes the files one at a time, as they are sketched, when that order is known in advance), leaving out the
 * repeats the {@code allow} option's {@link org.copydesk.core.rules.duplicate.Allowances} permit; the rule then
 * reports the copies it was handed in the later file.
 */
package org.copydesk.core.rules.duplicate;
