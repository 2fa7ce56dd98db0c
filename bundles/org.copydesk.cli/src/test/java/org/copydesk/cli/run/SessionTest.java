package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.cli.files.Source;
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
