package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rules.duplicate.ProjectDuplicates;
import org.copydesk.core.rules.duplicate.ProjectIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One edit in a project, as the IDE handles it: a project written by {@link WriteProject} (2,000 files of about
 * 5,000 characters, 1 % of paragraphs copied from earlier files) is put into a {@link ProjectIndex} once; each
 * operation then types a word into (or deletes it from) the first occurrence of a paragraph another file copies,
 * sketches the edited text, updates the index, and asks it for the copies of every file whose copies changed —
 * all the background work an edit costs the index, but none of the rules' checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ProjectIndexBenchmark {

    @Param({"2000"})
    public int files;

    private final Config config = Config.defaults();
    private final Map<Path, String> texts = new HashMap<>();
    private ProjectIndex index;
    private Path dir;
    private Path edited;
    private final String[] versions = new String[2];
    private int next;

    @Setup(Level.Trial)
    public void indexProject() throws IOException {
        dir = Files.createTempDirectory("copydesk-project");
        WriteProject.main(new String[] {dir.toString(), Integer.toString(files), "5000"});
        List<ProjectDuplicates.FileSketch> sketches = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                texts.put(file, text);
                sketches.add(sketch(file, text));
            }
        }
        index = new ProjectIndex(config, file -> texts.get(file.path()));
        index.putAll(sketches);
        // the file holding the first occurrence of a copy made in the last file that has one
        CrossFileCopy copy = null;
        for (Path file : texts.keySet().stream().sorted(Comparator.reverseOrder()).toList()) {
            List<CrossFileCopy> copies = index.copiesIn(file);
            if (!copies.isEmpty()) {
                copy = copies.get(0);
                break;
            }
        }
        if (copy == null) {
            throw new IllegalStateException("the project holds no copy across files");
        }
        edited = dir.resolve(copy.otherFile());
        String text = texts.get(edited);
        int at = text.indexOf(' ', copy.otherStart() + 20);
        versions[0] = text;
        versions[1] = text.substring(0, at) + " really" + text.substring(at);
        next = 1;
    }

    @Benchmark
    public int edit() {
        String text = versions[next];
        next = 1 - next;
        texts.put(edited, text);
        Set<Path> changed = index.put(sketch(edited, text));
        int copies = 0;
        for (Path file : changed) {
            copies += index.copiesIn(file).size();
        }
        return copies + changed.size();
    }

    @TearDown(Level.Trial)
    public void deleteProject() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private ProjectDuplicates.FileSketch sketch(Path file, String text) {
        String name = dir.relativize(file).toString();
        Document document = Document.parse(name, text, Format.ofFileName(name).orElse(Format.PLAIN_TEXT));
        return ProjectDuplicates.sketch(file, name, document, config);
    }
}
