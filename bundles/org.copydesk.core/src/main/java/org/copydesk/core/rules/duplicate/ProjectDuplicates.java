package org.copydesk.core.rules.duplicate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Block;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.rule.RuleSettings;

/**
 * The duplicate check across the files of a project: a paragraph that copies one of another file is reported in
 * the file that comes later ({@link ProjectOrder}). Copies are what {@link DuplicateFinder} finds within one
 * document, run over the paragraphs of all files one file after the other, so "a copy" means the same thing in
 * both. The index holds each paragraph's sketch (word hashes, keys, signature, offsets), never its text: a
 * project is {@linkplain #sketch sketched} one file at a time, on any threads, then {@linkplain #find searched}
 * in one linear pass. Only the files holding a first occurrence of a copy are read again, to know the words of
 * that occurrence: a copy is removed automatically only if it carries no word the first occurrence lacks.
 *
 * <p>Copies within one file are left to the check of that file. Of several copies in one file of the same
 * paragraph of another file, the first is reported against the other file, the rest as copies of it.
 */
public final class ProjectDuplicates {
    /** The files of a project are checked together: the default. */
    public static final String SCOPE_PROJECT = "project";
    /** Each file is checked on its own. */
    public static final String SCOPE_FILE = "file";

    private static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[\\n]+)\\[");

    /** What the check keeps of one file of the project: the sketches of its paragraphs, not its text. */
    public static final class FileSketch {
        private final Path path;
        private final Path key;
        private final String name;
        private final ReadParagraph[] readings;
        private final int[] starts;
        private final int[] ends;
        private final int[] lines;
        private final List<Path> includes;

        private FileSketch(Path path, String name, ReadParagraph[] readings, int[] starts, int[] ends, int[] lines,
                List<Path> includes) {
            this.path = path;
            this.key = path.toAbsolutePath().normalize();
            this.name = name;
            this.readings = readings;
            this.starts = starts;
            this.ends = ends;
            this.lines = lines;
            this.includes = includes;
        }

        public Path path() {
            return path;
        }

        /** The file's name as the user gave it, as reports and messages name it. */
        public String name() {
            return name;
        }

        Path key() {
            return key;
        }

        List<Path> includes() {
            return includes;
        }

        /** How many paragraphs were long enough to sketch. */
        int size() {
            return readings.length;
        }

        ReadParagraph reading(int paragraph) {
            return readings[paragraph];
        }

        int start(int paragraph) {
            return starts[paragraph];
        }

        int end(int paragraph) {
            return ends[paragraph];
        }

        int line(int paragraph) {
            return lines[paragraph];
        }
    }

    /** Reads a file of the project again, to learn the words of a first occurrence. */
    public interface Texts {
        CharSequence text(FileSketch file) throws IOException;
    }

    private final Map<FileSketch, List<CrossFileCopy>> copies;

    private ProjectDuplicates(Map<FileSketch, List<CrossFileCopy>> copies) {
        this.copies = copies;
    }

    /** Whether {@code config} has the duplicate check look across files: it is on, with scope {@code project}. */
    public static boolean acrossFiles(Config config) {
        RuleSettings settings = config.rule(DuplicateParagraphRule.ID);
        return settings.enabled() && SCOPE_PROJECT.equals(option(settings, DuplicateParagraphRule.SCOPE));
    }

    /** The sketch of {@code document}, read from {@code path}, under {@code config}'s settings. Thread-safe. */
    public static FileSketch sketch(Path path, String name, Document document, Config config) {
        RuleSettings settings = config.rule(DuplicateParagraphRule.ID);
        DuplicateFinder finder = new DuplicateFinder(option(settings, DuplicateParagraphRule.SIMILARITY),
                option(settings, DuplicateParagraphRule.MIN_WORDS));
        List<Block> paragraphs = document.paragraphs();
        ReadParagraph[] all = finder.read(document.text(), paragraphs);
        int kept = 0;
        for (ReadParagraph reading : all) {
            kept += reading.words() != null ? 1 : 0;
        }
        ReadParagraph[] readings = new ReadParagraph[kept];
        int[] starts = new int[kept];
        int[] ends = new int[kept];
        int[] lines = new int[kept];
        int k = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i].words() != null) {
                Block paragraph = paragraphs.get(i);
                readings[k] = all[i].withoutAlignments();
                starts[k] = paragraph.start();
                ends[k] = paragraph.end();
                lines[k++] = document.lines().line(paragraph.start());
            }
        }
        return new FileSketch(path, name, readings, starts, ends, lines, includes(path, document));
    }

    /**
     * Finds the copies across {@code files}, all governed by {@code config}: each file's paragraphs that copy a
     * paragraph of a file before it in the project's order. {@code texts} reads again the files holding a first
     * occurrence, whose text is kept for the copies' findings (if it cannot, the copy is reported without its
     * automatic fix).
     */
    public static ProjectDuplicates find(List<FileSketch> files, Config config, Texts texts) {
        Map<FileSketch, List<CrossFileCopy>> found = new HashMap<>();
        if (!acrossFiles(config) || files.size() < 2) {
            return new ProjectDuplicates(found);
        }
        RuleSettings settings = config.rule(DuplicateParagraphRule.ID);
        Allowances allowed = new Allowances(option(settings, DuplicateParagraphRule.ALLOW));
        List<FileSketch> ordered = ProjectOrder.of(files);
        int total = 0;
        for (FileSketch file : ordered) {
            total += file.readings.length;
        }
        ReadParagraph[] all = new ReadParagraph[total];
        int[] fileOf = new int[total];
        int[] firstOf = new int[ordered.size()];
        int g = 0;
        for (int f = 0; f < ordered.size(); f++) {
            firstOf[f] = g;
            for (ReadParagraph reading : ordered.get(f).readings) {
                fileOf[g] = f;
                all[g++] = reading;
            }
        }
        DuplicateFinder finder = new DuplicateFinder(option(settings, DuplicateParagraphRule.SIMILARITY),
                option(settings, DuplicateParagraphRule.MIN_WORDS));
        Set<Long> reported = new HashSet<>();
        Map<Integer, List<int[]>> byOriginalFile = new HashMap<>();
        for (DuplicateFinder.Duplicate duplicate : finder.find(all)) {
            int copyFile = fileOf[duplicate.copy()];
            int originalFile = fileOf[duplicate.original()];
            if (copyFile == originalFile
                    || allowed.allowsText(all[duplicate.copy()].words()) || allowed.allowsText(all[duplicate.original()].words())
                    || allowed.allowsPair(ordered.get(copyFile).path, ordered.get(originalFile).path, config.baseDir())
                    || !reported.add((long) copyFile * total + duplicate.original())) {
                continue;
            }
            byOriginalFile.computeIfAbsent(originalFile, f -> new ArrayList<>()).add(new int[] {
                    copyFile, duplicate.copy() - firstOf[copyFile], duplicate.original() - firstOf[originalFile],
                    duplicate.kind().ordinal()});
        }
        for (Map.Entry<Integer, List<int[]>> entry : byOriginalFile.entrySet()) {
            FileSketch original = ordered.get(entry.getKey());
            CharSequence text = readAgain(texts, original);
            for (int[] copy : entry.getValue()) {
                FileSketch copyFile = ordered.get(copy[0]);
                int o = copy[2];
                String words = text != null && original.ends[o] <= text.length()
                        ? text.subSequence(original.starts[o], original.ends[o]).toString() : null;
                found.computeIfAbsent(copyFile, f -> new ArrayList<>()).add(new CrossFileCopy(copyFile.starts[copy[1]],
                        copyFile.ends[copy[1]], original.name, original.lines[o], original.starts[o], original.ends[o],
                        DuplicateParagraphRule.how(CopyMatcher.Kind.values()[copy[3]]), words));
            }
        }
        return new ProjectDuplicates(found);
    }

    /** The paragraphs of {@code file} that copy a paragraph of an earlier file; empty if none. */
    public List<CrossFileCopy> copiesIn(FileSketch file) {
        return copies.getOrDefault(file, List.of());
    }

    /** How many copies were found across files, in all. */
    public int size() {
        return copies.values().stream().mapToInt(List::size).sum();
    }

    private static CharSequence readAgain(Texts texts, FileSketch file) {
        try {
            return texts.text(file);
        } catch (IOException | RuntimeException e) {
            return null; // the copies are still reported, with suggestions only
        }
    }

    /** The files an AsciiDoc file includes, in the order of its directives, resolved against its folder. */
    private static List<Path> includes(Path path, Document document) {
        if (document.format() != Format.ASCIIDOC) {
            return List.of();
        }
        Path folder = path.toAbsolutePath().normalize().getParent();
        List<Path> includes = new ArrayList<>();
        Matcher matcher = INCLUDE.matcher(document.text());
        while (matcher.find()) {
            String target = matcher.group(1).strip();
            if (folder != null && !target.contains("{") && !target.contains("://")) {
                try {
                    includes.add(folder.resolve(target).normalize());
                } catch (java.nio.file.InvalidPathException e) {
                    // a target no file can have: nothing to order by
                }
            }
        }
        return includes;
    }

    @SuppressWarnings("unchecked")
    static <T> T option(RuleSettings settings, RuleOption<T> option) {
        Object value = settings.options().get(option.key());
        return value == null ? option.defaultValue() : (T) value;
    }
}
