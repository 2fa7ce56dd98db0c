package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a folder of generated articles for whole-tool timings: {@code WriteCorpus DIR COUNT SIZE} writes COUNT
 * articles of about SIZE characters each, half Markdown (with a heading), half plain text.
 */
public final class WriteCorpus {
    private WriteCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            String article = new Corpus(i).articles(size);
            boolean markdown = i % 2 == 0;
            String name = String.format("article-%04d.%s", i, markdown ? "md" : "txt");
            Files.writeString(dir.resolve(name), markdown ? "# Article " + i + "\n\n" + article : article, StandardCharsets.UTF_8);
        }
    }
}
