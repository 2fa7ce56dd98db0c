package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rules.duplicate.ProjectDuplicates;

/**
 * The cost of the project-wide duplicate index alone, in one JVM, one thread, texts already in memory: sketching
 * every file and searching all sketches, for projects written by {@link WriteProject}. Separates the index's own
 * cost from reading files and from the other checks. Usage: {@code CrossFileScaling DIR...} (one folder per size,
 * smallest first).
 */
public final class CrossFileScaling {
    private CrossFileScaling() {
    }

    public static void main(String[] args) throws IOException {
        Config config = Config.defaults();
        List<List<Path>> projects = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).sorted().toList();
            }
            List<String> read = new ArrayList<>();
            for (Path file : files) {
                read.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            projects.add(files);
            texts.add(read);
        }
        run(config, projects.get(0), texts.get(0)); // warm up
        System.out.println("files    MB   sketch ms  search ms  copies  heap after MB");
        for (int i = 0; i < projects.size(); i++) {
            run(config, projects.get(i), texts.get(i));
        }
    }

    private static void run(Config config, List<Path> files, List<String> texts) {
        long bytes = 0;
        long start = System.nanoTime();
        List<ProjectDuplicates.FileSketch> sketches = new ArrayList<>(files.size());
        for (int f = 0; f < files.size(); f++) {
            String name = files.get(f).getFileName().toString();
            Document document = Document.parse(name, texts.get(f), Format.ofFileName(name).orElse(Format.PLAIN_TEXT));
            sketches.add(ProjectDuplicates.sketch(files.get(f), files.get(f).toString(), document, config));
            bytes += texts.get(f).length();
        }
        long sketched = System.nanoTime();
        java.util.Map<Path, String> byPath = new java.util.HashMap<>();
        for (int f = 0; f < files.size(); f++) {
            byPath.put(files.get(f), texts.get(f));
        }
        ProjectDuplicates found = ProjectDuplicates.find(sketches, config, sketch -> byPath.get(sketch.path()));
        long searched = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "%5d %6.1f %10.0f %10.0f %7d %8d%n", files.size(), bytes / 1e6, (sketched - start) / 1e6,
                (searched - sketched) / 1e6, found.size(), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
