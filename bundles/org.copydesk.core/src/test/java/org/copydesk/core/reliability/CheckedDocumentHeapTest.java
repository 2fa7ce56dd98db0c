package org.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The heap a checked document holds, measured in a JVM of its own with a small heap, on texts that are nothing
 * but one thing repeated: each quotation mark, line, paragraph or quotation an object of its own would hold
 * many times the text's size (an 8-megabyte paste of quotation marks once needed gigabytes). The README's
 * bound: what a checked document holds (text, paragraphs, quotations, findings) is at most 3 times its size,
 * counted as UTF-16, two bytes a character. The child JVM's heap is 24 times the text's characters: a check
 * that needs more, even for a moment, fails with an OutOfMemoryError.
 */
class CheckedDocumentHeapTest {
    private static final int CHARS = 4 << 20;
    private static final double BOUND = 3.0;
    private static final Pattern RESULT = Pattern.compile("retained=(\\d+) findings=(\\d+) failures=(\\d+)");

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "\"", // straight marks: every two a quotation with nothing in it
        "\n", // line breaks: as many lines as characters
        "\u201C", // opening marks never closed: each unbalanced
        "\"a\"\n\n", // a paragraph of one short quotation every five characters
        "A.\n", // a paragraph every three characters
        "\u00BBJa\u00AB, \u203AJa\u2039\n\n", // German guillemets, a paragraph each
    })
    void aRepeatedUnitIsCheckedInASmallHeapAndHoldsLittle(String unit) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int heapMegabytes = CHARS * 24 >> 20;
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + heapMegabytes + "m", "-XX:+UseSerialGC", "-cp", classPath,
                HeapProbe.class.getName(), unit, Integer.toString(CHARS))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the probe did not end");
        assertEquals(0, process.exitValue(), output);
        Matcher result = RESULT.matcher(output);
        assertTrue(result.find(), output);
        assertEquals("0", result.group(3), output);
        double ratio = Long.parseLong(result.group(1)) / (2.0 * CHARS);
        System.out.printf("heap held by a checked document of %s repeated: %.2f x its size, %s findings%n",
                visible(unit), ratio, result.group(2));
        assertTrue(ratio <= BOUND, "holds " + ratio + " x the text's size: " + output);
    }

    private static String visible(String unit) {
        return unit.replace("\n", "\\n");
    }
}
