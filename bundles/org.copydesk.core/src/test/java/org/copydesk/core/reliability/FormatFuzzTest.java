package org.copydesk.core.reliability;

import java.nio.charset.StandardCharsets;

import org.copydesk.core.document.Format;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz tests of the whole engine, one per format: the bytes are read as UTF-8 (malformed bytes become
 * U+FFFD, as a lenient editor shows them), segmented, checked, fixed to the end, and every invariant of
 * {@link Invariants} is asserted. In a normal test run each target replays its seed corpus: the sample documents
 * and the example article (copied into {@code FormatFuzzTestInputs/<target>/} by the build) and any crash found
 * before (kept in the same folder under src/test/resources). With {@code JAZZER_FUZZ=1} a target fuzzes
 * (releng/long-run.sh).
 */
class FormatFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void plainText(byte[] input) {
        check(Format.PLAIN_TEXT, input);
    }

    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] input) {
        check(Format.MARKDOWN, input);
    }

    @FuzzTest(maxDuration = "10m")
    void asciiDoc(byte[] input) {
        check(Format.ASCIIDOC, input);
    }

    private static void check(Format format, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Invariants.assertAll(format, text);
        Invariants.assertLineMap(text);
    }
}
