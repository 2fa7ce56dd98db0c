package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.report.FileReport;
import org.copydesk.core.Checker;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.io.TextFileReader;
import org.copydesk.core.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {
    private static final String DUPLICATED = "The council approved the budget on Tuesday after a long debate about the bridge.\n"
            + "Other news of the day came from the harbour, where ships waited for the storm to pass.\n"
            + "The council approved the budget on Tuesday after a long debate about the bridge.\n";

    @TempDir
    Path dir;

    private final Session session = new Session(new TextFileReader(), ConfigResolver.nearest(new ConfigLoader(BuiltInRules.all())), 2,
            new ByteArrayInputStream(new byte[0]));

    @Test
    void aFileTheConfigIgnoresIsNotChecked() throws IOException {
        Files.writeString(dir.resolve(".copydesk.yaml"), "ignore:\n  - drafts/\n");
        Path draft = Files.createDirectories(dir.resolve("drafts")).resolve("a.txt");
        Files.writeString(draft, DUPLICATED);
        List<Outcome> outcomes = session.check(List.of(Source.file("drafts/a.txt", draft, dir)), Progress.NONE);
        assertInstanceOf(Outcome.Ignored.class, outcomes.get(0));
    }

    @Test
    void aFixRemovesTheCopyAndCountsIt() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), DUPLICATED);
        Outcome.Fixed fixed = (Outcome.Fixed) session.fix(List.of(Source.file("a.txt", file, dir)), false, Progress.NONE).get(0);
        assertEquals(1, fixed.fixedCount());
        assertTrue(fixed.changed());
        assertEquals(DUPLICATED.substring(0, DUPLICATED.lastIndexOf("The council")), fixed.fixedText());
        assertEquals(List.of(), fixed.report().findings());
        assertEquals(DUPLICATED, Files.readString(file), "a dry run writes nothing");
    }

    @Test
    void filesCheckedOnceAndSketchedTogetherGiveWhatEachCheckedWithItsCopiesGivesInTheOrderGivenOnAnyThreads()
            throws IOException, ConfigException {
        String[] paragraphs = {
            "The council approved the budget on Tuesday after a long debate about the bridge over the river.",
            "Residents asked for more money for the library and the public pool at the meeting on Monday.",
            "The ferry came in late, long after the lamps along the quay had been lit and the crews had gone.",
            "The lighthouse keeper walked his dog along the harbour wall every evening at the turn of the tide.",
            "Copyright 2024 Harbour Gazette. All rights reserved."};
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            StringBuilder text = new StringBuilder("Story " + i + " of the week, told by the desk in full for the readers.\n\n");
            text.append(paragraphs[i % 4]).append("\n\n"); // a copy of a paragraph of the file four before, if any
            if (i % 3 == 0) {
                text.append(paragraphs[(i + 1) % 4].replace("public", "heated")).append("\n\n");
            }
            text.append("An \"unfinished quotation, said no one.\n\n").append(paragraphs[4]).append('\n');
            String name = "story-" + (char) ('a' + i) + (i % 2 == 0 ? ".md" : ".txt");
            sources.add(Source.file(name, Files.writeString(dir.resolve(name), text), dir));
        }
        ConfigResolver configs = ConfigResolver.nearest(new ConfigLoader(BuiltInRules.all()));
        TextFileReader reader = new TextFileReader();
        Map<Source, List<CrossFileCopy>> copies = new ProjectCopies(reader, configs).find(sources, new ProjectCopies.Parallel() {
            @Override
            public <T> List<T> map(List<Source> all, Function<Source, T> task) {
                return all.stream().map(task).toList();
            }
        });
        List<FileReport> expected = new ArrayList<>();
        for (Source source : sources) {
            Checker checker = new Checker(configs.configFor(source.path()));
            expected.add(FileReport.of(source.name(), checker.check(source.path().getFileName().toString(),
                    reader.read(source.name(), source.path()).text(), copies.getOrDefault(source, List.of()))));
        }
        assertTrue(copies.size() >= 6, "copies across files in " + copies.keySet());
        for (int threads : new int[] {1, 2, 3}) {
            List<Outcome> outcomes = new Session(reader, configs, threads, new ByteArrayInputStream(new byte[0]))
                    .check(sources, Progress.NONE);
            assertEquals(sources, outcomes.stream().map(Outcome::source).toList(), threads + " threads");
            for (int i = 0; i < sources.size(); i++) {
                FileReport report = ((Outcome.Checked) outcomes.get(i)).report();
                assertEquals(expected.get(i).findings(), report.findings(), threads + " threads, " + sources.get(i).name());
                assertEquals(expected.get(i).failures(), report.failures());
            }
        }
    }

    @Test
    void progressIsToldOfEveryFile() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), DUPLICATED);
        Path b = Files.writeString(dir.resolve("b.txt"), "clean\n");
        int[] count = new int[1];
        session.check(List.of(Source.file("a.txt", a, dir), Source.file("b.txt", b, dir), Source.file("c.txt", dir.resolve("c.txt"), dir)),
                () -> {
                    synchronized (count) {
                        count[0]++;
                    }
                });
        assertEquals(3, count[0]);
    }
}
