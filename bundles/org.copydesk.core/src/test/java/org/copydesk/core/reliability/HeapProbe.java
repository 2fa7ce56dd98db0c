package org.copydesk.core.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;

/**
 * Run in a JVM of its own by {@link CheckedDocumentHeapTest}: checks a text made of one unit repeated, keeps the
 * result, and prints the heap it holds beyond the text, {@code retained=BYTES findings=N}. An OutOfMemoryError
 * ends the JVM with an error status.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) {
        String unit = args[0];
        int chars = Integer.parseInt(args[1]);
        String text = unit.repeat(chars / unit.length());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Checker checker = new Checker(Config.defaults());
        // the engine's tables (word lists, signatures, vocabularies) load on first use, once per JVM: they are not
        // what a checked document holds, so a small check loads them before the measure starts
        checker.check(Document.parse("warm-up.txt", "Warm-up.\n\n\"A quote,\" she said.\n\nShare this:\nTwitter\n", Format.PLAIN_TEXT));
        settle(memory);
        long before = memory.getHeapMemoryUsage().getUsed();
        CheckResult result = checker.check(Document.parse("probe.txt", text, Format.PLAIN_TEXT));
        result.document().lines();
        settle(memory);
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.println("retained=" + Math.max(0, after - before) + " findings=" + result.findings().size()
                + " failures=" + result.failures().size());
        Reference.reachabilityFence(result);
        Reference.reachabilityFence(text);
    }

    private static void settle(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
    }
}
