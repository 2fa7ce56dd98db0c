package org.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Placeholder command until the CLI lands. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, version = "copydesk")
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
    }
}
