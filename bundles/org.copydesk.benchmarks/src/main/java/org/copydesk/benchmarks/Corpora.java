package org.copydesk.benchmarks;

/** The named corpora the benchmarks run on. */
final class Corpora {
    static final int MB = 1 << 20;

    private Corpora() {
    }

    static String generate(String name) {
        Corpus corpus = new Corpus(42);
        return switch (name) {
            case "prose-100k" -> corpus.articles(100 * 1024);
            case "prose-1m" -> corpus.articles(MB);
            case "prose-10m" -> corpus.articles(10 * MB);
            case "near-copies-10k" -> corpus.nearCopies(10_000);
            case "single-paragraph-1m" -> corpus.singleParagraph(MB);
            case "short-quotes-100k" -> corpus.shortQuotes(100_000);
            case "unbalanced-quotes-1m" -> corpus.unbalancedQuotes(MB);
            default -> throw new IllegalArgumentException("no corpus named " + name);
        };
    }
}
