package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a project for the cross-file duplicate timings: {@code WriteProject DIR COUNT SIZE [SHARE]} writes COUNT
 * articles of about SIZE characters each into folders of a hundred, half Markdown, half plain text, with SHARE
 * (default 0.01) of their paragraphs replaced by a copy of a paragraph of an earlier file: half exact, half with
 * one word dropped or changed. Prints how many copies it made. Deterministic.
 */
public final class WriteProject {
    private static final int POOL = 4096;

    private WriteProject() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.01;
        Random random = new Random(42);
        String[] pool = new String[POOL];
        int pooled = 0;
        int copies = 0;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String[] paragraphs = new Corpus(i).articles(size).split("\n\n");
            String[] fromThisFile = new String[paragraphs.length];
            int kept = 0;
            StringBuilder out = new StringBuilder(size + 1024);
            boolean markdown = i % 2 == 0;
            if (markdown) {
                out.append("# Article ").append(i).append("\n\n");
            }
            for (String paragraph : paragraphs) {
                if (pooled > 0 && random.nextDouble() < share) {
                    paragraph = varied(pool[random.nextInt(Math.min(pooled, POOL))], random);
                    copies++;
                } else if (paragraph.length() > 80 && random.nextInt(8) == 0) {
                    fromThisFile[kept++] = paragraph;
                }
                out.append(paragraph).append("\n\n");
            }
            for (int k = 0; k < kept; k++) {
                pool[pooled++ % POOL] = fromThisFile[k]; // only earlier files' paragraphs are copied
            }
            Path file = dir.resolve(String.format("section-%03d/article-%05d.%s", i / 100, i, markdown ? "md" : "txt"));
            Files.createDirectories(file.getParent());
            byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(file, text);
            bytes += text.length;
        }
        System.out.printf("%d files, %.1f MB, %d cross-file copies%n", count, bytes / 1e6, copies);
    }

    /** The paragraph as it is, or with one word dropped or changed. */
    private static String varied(String paragraph, Random random) {
        String[] words = paragraph.split(" ");
        int at = random.nextInt(words.length);
        return switch (random.nextInt(4)) {
            case 0 -> paragraph.replaceFirst(" " + java.util.regex.Pattern.quote(words[at]) + " ", " ");
            case 1 -> paragraph.replaceFirst(java.util.regex.Pattern.quote(words[at]), "revised");
            default -> paragraph;
        };
    }
}
