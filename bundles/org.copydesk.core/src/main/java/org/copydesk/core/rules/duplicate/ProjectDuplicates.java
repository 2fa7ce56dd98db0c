package org.copydesk.core.rules.duplicate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        ReadParagraph[] all = finder.read(document);
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
        if (!acrossFiles(config) || files.size() < 2) {
            return new ProjectDuplicates(new HashMap<>());
        }
        Search search = new Search(config);
        ProjectOrder.of(files).forEach(search::add);
        return search.finish(texts);
    }

    /**
     * Whether the files of a project are searched in the order of their paths ({@link #orderKey}), whatever they
     * hold, so that each can be searched as soon as it is sketched: true unless one of them is AsciiDoc, whose
     * {@code include::} directives order a book.
     */
    public static boolean inPathOrder(List<Path> paths) {
        return paths.stream().noneMatch(path -> path.getFileName() != null
                && Format.ofFileName(path.getFileName().toString()).orElse(null) == Format.ASCIIDOC);
    }

    /** What a project's files are ordered by, when {@linkplain #inPathOrder in path order}. */
    public static String orderKey(Path path) {
        return ProjectOrder.key(path.toAbsolutePath().normalize());
    }

    /**
     * The search of one project's files fed one at a time in the project's order ({@link #find} orders them; a
     * caller that knows the order {@linkplain #inPathOrder in advance} searches each file as soon as it is
     * sketched). Not for use by several threads.
     */
    public static final class Search {
        private final Config config;
        private final DuplicateFinder.Search search;
        private final List<FileSketch> files = new ArrayList<>();
        /** The number of the first paragraph of each file, counted over all files. */
        private int[] firstOf = new int[16];
        private int paragraphs;

        public Search(Config config) {
            RuleSettings settings = config.rule(DuplicateParagraphRule.ID);
            this.config = config;
            this.search = new DuplicateFinder(option(settings, DuplicateParagraphRule.SIMILARITY),
                    option(settings, DuplicateParagraphRule.MIN_WORDS)).new Search();
        }

        /** Searches the paragraphs of the next file of the project against those of the files before it. */
        public void add(FileSketch file) {
            if (files.size() == firstOf.length) {
                firstOf = Arrays.copyOf(firstOf, 2 * firstOf.length);
            }
            firstOf[files.size()] = paragraphs;
            files.add(file);
            paragraphs += file.readings.length;
            search.add(file.readings);
        }

        /** The copies across the files added; {@code texts} reads again the files holding a first occurrence. */
        public ProjectDuplicates finish(Texts texts) {
            Map<FileSketch, List<CrossFileCopy>> found = new HashMap<>();
            if (!acrossFiles(config) || files.size() < 2) {
                return new ProjectDuplicates(found);
            }
            Allowances allowed = new Allowances(option(config.rule(DuplicateParagraphRule.ID), DuplicateParagraphRule.ALLOW));
            Set<Long> reported = new HashSet<>();
            Map<Integer, List<int[]>> byOriginalFile = new HashMap<>();
            for (DuplicateFinder.Duplicate duplicate : search.duplicates()) {
                int copyFile = fileOf(duplicate.copy());
                int originalFile = fileOf(duplicate.original());
                int copy = duplicate.copy() - firstOf[copyFile];
                int original = duplicate.original() - firstOf[originalFile];
                if (copyFile == originalFile
                        || allowed.allowsText(files.get(copyFile).readings[copy].words())
                        || allowed.allowsText(files.get(originalFile).readings[original].words())
                        || allowed.allowsPair(files.get(copyFile).path, files.get(originalFile).path, config.baseDir())
                        || !reported.add((long) copyFile * paragraphs + duplicate.original())) {
                    continue;
                }
                byOriginalFile.computeIfAbsent(originalFile, f -> new ArrayList<>()).add(new int[] {
                        copyFile, copy, original, duplicate.kind().ordinal()});
            }
            for (Map.Entry<Integer, List<int[]>> entry : byOriginalFile.entrySet()) {
                FileSketch originalFile = files.get(entry.getKey());
                CharSequence text = readAgain(texts, originalFile);
                for (int[] copy : entry.getValue()) {
                    FileSketch copyFile = files.get(copy[0]);
                    int o = copy[2];
                    String words = text != null && originalFile.ends[o] <= text.length()
                            ? text.subSequence(originalFile.starts[o], originalFile.ends[o]).toString() : null;
                    found.computeIfAbsent(copyFile, f -> new ArrayList<>()).add(new CrossFileCopy(copyFile.starts[copy[1]],
                            copyFile.ends[copy[1]], originalFile.name, originalFile.lines[o], originalFile.starts[o],
                            originalFile.ends[o], DuplicateParagraphRule.how(CopyMatcher.Kind.values()[copy[3]]), words));
                }
            }
            return new ProjectDuplicates(found);
        }

        /** The file holding paragraph {@code paragraph} (counted over all files): the last one starting at or before it. */
        private int fileOf(int paragraph) {
            int found = Arrays.binarySearch(firstOf, 0, files.size(), paragraph);
            if (found < 0) {
                return -found - 2;
            }
            while (found + 1 < files.size() && firstOf[found + 1] == paragraph) {
                found++; // files without paragraphs start where the next one does
            }
            return found;
        }
    }

    /** The paragraphs of {@code file} that copy a paragraph of an earlier file; empty if none. */
    public List<CrossFileCopy> copiesIn(FileSketch file) {
        return copies.getOrDefault(file, List.of());
    }

    /** The files that copy a paragraph of an earlier file. */
    public Set<FileSketch> filesWithCopies() {
        return copies.keySet();
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
