package org.copydesk.benchmarks;

import org.copydesk.core.document.Format;

/** The named corpora the benchmarks run on. */
final class Corpora {
    static final int MB = 1 << 20;

    private Corpora() {
    }

    /** The format a corpus is written in: its name's suffix, plain text by default. */
    static Format format(String name) {
        return name.endsWith("-md") ? Format.MARKDOWN : name.endsWith("-adoc") ? Format.ASCIIDOC : Format.PLAIN_TEXT;
    }

    static String generate(String name) {
        Corpus corpus = new Corpus(42);
        return switch (name) {
            case "prose-100k" -> corpus.articles(100 * 1024);
            case "prose-1m" -> corpus.articles(MB);
            case "prose-1m-md" -> "# News of the week\n\n" + corpus.articles(MB);
            case "prose-1m-adoc" -> "= News of the week\n\n" + corpus.articles(MB);
            case "prose-10m" -> corpus.articles(10 * MB);
            case "near-copies-10k" -> corpus.nearCopies(10_000);
            case "single-paragraph-1m" -> corpus.singleParagraph(MB);
            case "short-quotes-100k" -> corpus.shortQuotes(100_000);
            case "unbalanced-quotes-1m" -> corpus.unbalancedQuotes(MB);
            default -> throw new IllegalArgumentException("no corpus named " + name);
        };
    }
}
