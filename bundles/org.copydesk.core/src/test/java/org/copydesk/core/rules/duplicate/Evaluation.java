package org.copydesk.core.rules.duplicate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.copydesk.core.Finding;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.LineMap;
import org.copydesk.core.rule.RuleContext;
import org.copydesk.core.rule.RuleSettings;

/**
 * Precision and recall of the duplicate check on {@link SyntheticArticle}s: a finding on a piece put in as a
 * copy is a true positive (and should name the first occurrence of what it copies), a finding anywhere else a
 * false positive, a copy without a finding a miss. Run {@link #main} for a larger sample and examples of
 * each kind of mistake.
 */
final class Evaluation {
    int truePositives;
    int falsePositives;
    int missed;
    int wrongOriginal;
    /** Misses where the copy or its original is not one paragraph of the segmented document. */
    int missedBySegmentation;
    int articles;
    final Map<CopyEdits.Edit, int[]> byEdit = new EnumMap<>(CopyEdits.Edit.class);
    final List<String> mistakes = new ArrayList<>();

    static Evaluation run(long seed, int articles) {
        Evaluation evaluation = new Evaluation();
        Random random = new Random(seed);
        SyntheticArticle.Shape[] shapes = SyntheticArticle.Shape.values();
        for (int i = 0; i < articles; i++) {
            evaluation.score(SyntheticArticle.generate(random, shapes[i % shapes.length]));
        }
        return evaluation;
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + missed == 0 ? 1 : (double) truePositives / (truePositives + missed);
    }

    void score(SyntheticArticle article) {
        articles++;
        Document document = Document.parse(null, article.text, article.format());
        List<Finding> findings = new ArrayList<>();
        DuplicateParagraphRule rule = new DuplicateParagraphRule();
        rule.check(document, new RuleContext(rule.info(), RuleSettings.DEFAULT, findings::add));
        LineMap lines = document.lines();
        List<SyntheticArticle.Piece> flagged = new ArrayList<>();
        for (Finding finding : findings) {
            SyntheticArticle.Piece piece = article.pieceAt(finding.start());
            if (piece != null && piece.isCopy()) {
                truePositives++;
                flagged.add(piece);
                SyntheticArticle.Piece named = article.pieceAt(finding.related().get(0).start());
                if (named != piece.root()) {
                    wrongOriginal++;
                    note("wrong original", article, lines, finding.start(), finding.message());
                }
                tally(piece.edit, 0);
            } else {
                falsePositives++;
                note("false positive", article, lines, finding.start(), finding.message());
            }
        }
        for (SyntheticArticle.Piece piece : article.pieces) {
            if (piece.isCopy() && !flagged.contains(piece)) {
                missed++;
                if (!isOneParagraph(document, piece) || !isOneParagraph(document, piece.root())) {
                    missedBySegmentation++;
                    continue;
                }
                tally(piece.edit, 1);
                note("missed " + piece.edit, article, lines, piece.start, "copy of line " + lines.line(piece.root().start));
            }
        }
    }

    private static boolean isOneParagraph(Document document, SyntheticArticle.Piece piece) {
        return document.paragraphs().stream().anyMatch(p -> p.start() == piece.start && p.end() == piece.end);
    }

    private void tally(CopyEdits.Edit edit, int column) {
        byEdit.computeIfAbsent(edit, e -> new int[2])[column]++;
    }

    private void note(String kind, SyntheticArticle article, LineMap lines, int offset, String message) {
        if (mistakes.size() < 60) {
            int line = lines.line(offset);
            int from = lines.lineStart(Math.max(1, line - 3));
            int to = lines.lineStart(Math.min(lines.lineCount(), line + 3));
            mistakes.add(kind + " (" + article.shape + ") line " + line + ": " + message + "\n"
                    + article.text.substring(from, to).indent(4));
        }
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d articles: precision %.4f (%d true, %d false positives), recall %.4f (%d missed,"
                + " %d of them where the segmenter split a paragraph), %d named the wrong original%n", articles,
                precision(), truePositives, falsePositives, recall(), missed, missedBySegmentation, wrongOriginal));
        byEdit.forEach((edit, counts) -> out.append(String.format("  %-13s found %5d  missed %4d (segmentation aside)%n",
                edit, counts[0], counts[1])));
        return out.toString();
    }

    public static void main(String[] args) {
        Evaluation evaluation = run(args.length > 0 ? Long.parseLong(args[0]) : 1, args.length > 1 ? Integer.parseInt(args[1]) : 2000);
        System.out.print(evaluation.summary());
        evaluation.mistakes.forEach(System.out::println);
    }
}
