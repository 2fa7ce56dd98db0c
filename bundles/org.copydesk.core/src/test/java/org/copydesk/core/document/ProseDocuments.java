package org.copydesk.core.document;

import java.util.List;

/**
 * Large documents of realistic prose in each format, built from the test corpus: paragraphs in all the shapes a
 * format's drafts take, with headings, lists, quotes and code between them.
 */
final class ProseDocuments {
    private static final List<String> PROSE = BlockListing.resource("/prose/paragraphs.txt").lines().toList();

    private ProseDocuments() {
    }

    /** Plain text: hard-wrapped paragraphs with blank lines, then runs of one paragraph a line, in turn. */
    static String plainText(int size) {
        StringBuilder out = new StringBuilder(size + 4096);
        for (int round = 0; out.length() < size; round++) {
            if (round % 2 == 0) {
                out.append(PlainTextSegmenterTest.wrapped(PROSE, 60 + round % 20, "\n\n")).append("\n\n");
            } else {
                out.append(String.join("\n", PROSE)).append("\n\n");
            }
        }
        return out.toString();
    }

    static String markdown(int size) {
        StringBuilder out = new StringBuilder(size + 4096).append("---\ntitle: Council news\n---\n\n");
        for (int round = 0; out.length() < size; round++) {
            out.append("## Section ").append(round).append("\n\n");
            for (int p = 0; p < PROSE.size(); p++) {
                String paragraph = PROSE.get(p);
                switch (p % 6) {
                    case 0 -> out.append(PlainTextSegmenterTest.wrapped(List.of(paragraph), 72, "")).append("\n\n");
                    case 1 -> out.append("> ").append(paragraph).append("\n\n");
                    case 2 -> out.append("- ").append(paragraph).append("\n- Second item.\n\n");
                    case 3 -> out.append("```\ncopydesk check draft.md\n```\n\n").append(paragraph).append("\n\n");
                    default -> out.append(paragraph).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    static String asciiDoc(int size) {
        StringBuilder out = new StringBuilder(size + 4096).append("= Council News\nJane Doe\n:toc:\n\n");
        for (int round = 0; out.length() < size; round++) {
            out.append("== Section ").append(round).append("\n\n");
            for (int p = 0; p < PROSE.size(); p++) {
                String paragraph = PROSE.get(p);
                switch (p % 6) {
                    case 0 -> out.append(PlainTextSegmenterTest.wrapped(List.of(paragraph), 72, "")).append("\n\n");
                    case 1 -> out.append("[quote, Maria Keller]\n____\n").append(paragraph).append("\n____\n\n");
                    case 2 -> out.append("* ").append(paragraph).append("\n* Second item.\n\n");
                    case 3 -> out.append("[source,sh]\n----\ncopydesk check draft.adoc\n----\n\n").append(paragraph).append("\n\n");
                    case 4 -> out.append("NOTE: ").append(paragraph).append("\n\n");
                    default -> out.append(paragraph).append("\n\n");
                }
            }
        }
        return out.toString();
    }
}
