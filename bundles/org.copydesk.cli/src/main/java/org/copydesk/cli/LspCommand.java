package org.copydesk.cli;

import java.util.concurrent.Callable;

import org.copydesk.lsp.StdioServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Serve findings and fixes to an editor over the Language Server Protocol (JSON-RPC on standard "
                + "input and output). Editors start this themselves: see the README for each editor's setup."})
final class LspCommand implements Callable<Integer> {
    /** Editors' clients (VS Code's among them) pass the transport; standard input and output is the only one. */
    @Option(names = "--stdio", description = "Talk over standard input and output (the default and only transport).")
    boolean stdio;

    @Override
    public Integer call() {
        return StdioServer.runOnStdio();
    }
}
