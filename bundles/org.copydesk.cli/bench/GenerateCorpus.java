import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus for timing the CLI: COUNT articles of about SIZE bytes each, plain text, Markdown and AsciiDoc
 * in turn, built from the example article's sentences with words shuffled (a fixed seed, so every run is the
 * same corpus). One article in four carries pasted-twice paragraphs, as CMS exports do.
 *
 * <pre>java GenerateCorpus.java EXAMPLE_ARTICLE OUTPUT_DIR COUNT SIZE</pre>
 */
public class GenerateCorpus {
    public static void main(String[] args) throws IOException {
        List<String> words = List.of(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).split("\\s+"));
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        int size = Integer.parseInt(args[3]);
        Random random = new Random(42);
        String[] extensions = {"txt", "md", "adoc"};
        long total = 0;
        for (int i = 0; i < count; i++) {
            String extension = extensions[i % extensions.length];
            List<String> paragraphs = new ArrayList<>();
            int length = 0;
            while (length < size) {
                StringBuilder paragraph = new StringBuilder();
                int sentenceWords = 40 + random.nextInt(60);
                for (int w = 0; w < sentenceWords; w++) {
                    paragraph.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                }
                paragraph.append('.');
                paragraphs.add(paragraph.toString());
                length += paragraph.length() + 2;
            }
            if (i % 4 == 0 && paragraphs.size() > 3) {
                paragraphs.add(paragraphs.get(1));
                paragraphs.add(paragraphs.get(2));
            }
            String heading = switch (extension) {
                case "md" -> "# Article " + i + "\n\n";
                case "adoc" -> "= Article " + i + "\n\n";
                default -> "";
            };
            String text = heading + String.join(extension.equals("txt") && i % 2 == 0 ? "\n" : "\n\n", paragraphs) + "\n";
            Path file = out.resolve(String.format("section-%02d/article-%04d.%s", i % 20, i, extension));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            total += Files.size(file);
        }
        System.out.println(count + " files, " + total + " bytes in " + out);
    }
}
