package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code copydesk} launcher as a user runs it: the first check writes a class-data archive to the cache, the
 * next one reads it, and a damaged archive is passed over. None of this changes a report or an exit code, and the
 * JVM says nothing about it on either stream.
 */
class LauncherEndToEndTest {
    @TempDir
    Path work;

    @Test
    void theFirstRunWritesTheArchiveTheNextReadIt() throws IOException {
        Articles.write(work.resolve("article.txt"), Articles.example());
        Map<String, String> cache = Map.of("XDG_CACHE_HOME", work.resolve("cache").toString());

        Copydesk.Run first = Copydesk.launch(work, cache, "check", "--format", "json", "article.txt");
        assertEquals(1, first.exitCode(), first::toString);
        assertTrue(first.stdout().startsWith("{"), first::toString);
        assertFalse(first.stderr().contains("[warning]") || first.stderr().contains("[info]"), first::toString);
        List<Path> archives = archives(work.resolve("cache/copydesk"));
        assertEquals(1, archives.size(), archives::toString);
        assertTrue(archives.get(0).getFileName().toString().startsWith("cli-"), archives::toString);

        Copydesk.Run second = Copydesk.launch(work, cache, "check", "--format", "json", "article.txt");
        assertSameRun(first, second);

        Path archive = archives.get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".getBytes());
        Copydesk.Run damaged = Copydesk.launch(work, cache, "check", "--format", "json", "article.txt");
        assertSameRun(first, damaged);
    }

    private static void assertSameRun(Copydesk.Run expected, Copydesk.Run actual) {
        assertEquals(expected.exitCode(), actual.exitCode(), actual::toString);
        assertArrayEquals(expected.stdoutBytes(), actual.stdoutBytes(), actual::toString);
        assertEquals(expected.stderr(), actual.stderr(), actual::toString);
    }

    private static List<Path> archives(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }
}
