package org.copydesk.cli.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        Map<Config, List<Sketched>> projects = new LinkedHashMap<>();
        for (Sketched file : sketched) {
            if (file != null) {
                projects.computeIfAbsent(file.config(), c -> new ArrayList<>()).add(file);
            }
        }
        Map<Source, List<CrossFileCopy>> copies = new HashMap<>();
        for (Map.Entry<Config, List<Sketched>> project : projects.entrySet()) {
            List<Sketched> files = project.getValue();
            if (files.size() < 2) {
                continue;
            }
            Map<FileSketch, Source> sourceOf = new HashMap<>();
            files.forEach(file -> sourceOf.put(file.sketch(), file.source()));
            ProjectDuplicates found = ProjectDuplicates.find(files.stream().map(Sketched::sketch).toList(), project.getKey(),
                    sketch -> readAgain(sourceOf.get(sketch)));
            for (Sketched file : files) {
                List<CrossFileCopy> in = found.copiesIn(file.sketch());
                if (!in.isEmpty()) {
                    copies.put(file.source(), in);
                }
            }
        }
        return copies;
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
