package org.copydesk.cli.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.copydesk.cli.files.Source;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.io.TextFileReader;
import org.copydesk.core.rules.duplicate.ProjectDuplicates;
import org.copydesk.core.rules.duplicate.ProjectDuplicates.FileSketch;

/**
 * The paragraphs each file given copies from another file given: the files governed by one config file (or by
 * the defaults) form a project, checked together unless the config narrows {@code duplicate-paragraph} to
 * {@code scope: file}. Files are sketched on the session's threads — while they are checked, from the document
 * the check parsed, or on their own — then searched in one pass; only their sketches are kept, so memory grows
 * with the paragraphs, not with the text. A file that cannot be read or configured is left out here: checking
 * it reports why.
 */
final class ProjectCopies {
    private final TextFileReader reader;
    private final ConfigResolver configs;

    ProjectCopies(TextFileReader reader, ConfigResolver configs) {
        this.reader = reader;
        this.configs = configs;
    }

    /** A parallel map over sources, in order, a null where the function failed. */
    interface Parallel {
        <T> List<T> map(List<Source> sources, Function<Source, T> task);
    }

    /** What the search keeps of one file: its sketch, and the config that makes it part of a project. */
    record Sketched(Source source, Config config, FileSketch sketch) {
    }

    /** Reads and sketches every source, then searches them. */
    Map<Source, List<CrossFileCopy>> find(List<Source> sources, Parallel parallel) {
        return search(parallel.map(sources, this::sketch));
    }

    /**
     * The sketch of {@code document}, parsed from {@code source} and governed by {@code config}; null if the
     * source takes no part in a search across files (standard input, an ignored file, {@code scope: file}).
     */
    static Sketched sketch(Source source, Config config, Document document) {
        if (source.stdin() || !ProjectDuplicates.acrossFiles(config) || !source.named() && config.ignores(source.path())) {
            return null;
        }
        try {
            return new Sketched(source, config, ProjectDuplicates.sketch(source.path(), source.name(), document, config));
        } catch (RuntimeException e) {
            return null; // the check of the file reports what is wrong with it
        }
    }

    /** The copies among the sketched files (nulls are skipped), by the file they are in. */
    Map<Source, List<CrossFileCopy>> search(List<Sketched> sketched) {
        Searches searches = new Searches(false);
        sketched.forEach(searches::add);
        return searches.finish();
    }

    /**
     * The order in which to check {@code sources} (as indexes into it) so that each file can be searched as soon
     * as it is sketched: their projects' order, which is path order unless an AsciiDoc book's includes order it
     * (then, as given, and the sketches wait for the search at the end). {@link #searches} takes them in this order.
     */
    static List<Integer> searchOrder(List<Source> sources) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, sources.size()).boxed().toList());
        if (inPathOrder(sources)) {
            List<String> keys = sources.stream().map(source -> ProjectDuplicates.orderKey(source.path())).toList();
            order.sort(Comparator.comparing(keys::get));
        }
        return order;
    }

    private static boolean inPathOrder(List<Source> sources) {
        return ProjectDuplicates.inPathOrder(sources.stream().map(Source::path).toList());
    }

    /** The searches of the projects of {@code sources}, to be given their sketches in {@link #searchOrder}. */
    Searches searches(List<Source> sources) {
        return new Searches(inPathOrder(sources));
    }

    /**
     * The searches of all projects, given the files' sketches one at a time: each is searched as it comes if the
     * files come in path order, else kept for one search at the end in the projects' order.
     */
    final class Searches {
        private final boolean inPathOrder;
        private final Map<Config, List<Sketched>> kept = new LinkedHashMap<>();
        private final Map<Config, ProjectDuplicates.Search> searching = new LinkedHashMap<>();
        private final Map<FileSketch, Source> sourceOf = new HashMap<>();

        private Searches(boolean inPathOrder) {
            this.inPathOrder = inPathOrder;
        }

        /** Takes the sketch of the next file (null for a file not searched). */
        void add(Sketched file) {
            if (file == null) {
                return;
            }
            sourceOf.put(file.sketch(), file.source());
            if (inPathOrder) {
                searching.computeIfAbsent(file.config(), ProjectDuplicates.Search::new).add(file.sketch());
            } else {
                kept.computeIfAbsent(file.config(), c -> new ArrayList<>()).add(file);
            }
        }

        /** The copies found, by the file they are in. */
        Map<Source, List<CrossFileCopy>> finish() {
            Map<Source, List<CrossFileCopy>> copies = new HashMap<>();
            ProjectDuplicates.Texts texts = sketch -> readAgain(sourceOf.get(sketch));
            for (ProjectDuplicates.Search search : searching.values()) {
                collect(search.finish(texts), copies);
            }
            for (Map.Entry<Config, List<Sketched>> project : kept.entrySet()) {
                List<FileSketch> files = project.getValue().stream().map(Sketched::sketch).toList();
                collect(ProjectDuplicates.find(files, project.getKey(), texts), copies);
            }
            return copies;
        }

        private void collect(ProjectDuplicates found, Map<Source, List<CrossFileCopy>> copies) {
            for (FileSketch file : found.filesWithCopies()) {
                copies.put(sourceOf.get(file), found.copiesIn(file));
            }
        }
    }

    private Sketched sketch(Source source) {
        if (source.stdin()) {
            return null; // read once, as it is checked
        }
        try {
            Config config = configs.configFor(source.path());
            if (!ProjectDuplicates.acrossFiles(config) || !source.named() && config.ignores(source.path())) {
                return null;
            }
            String text = reader.read(source.name(), source.path()).text();
            String formatName = source.path().getFileName().toString();
            Document document = Document.parse(formatName, text, Format.ofFileName(formatName).orElse(Format.PLAIN_TEXT));
            return sketch(source, config, document);
        } catch (ConfigException | IOException | RuntimeException e) {
            return null;
        }
    }

    private CharSequence readAgain(Source source) throws IOException {
        return reader.read(source.name(), source.path()).text();
    }
}
