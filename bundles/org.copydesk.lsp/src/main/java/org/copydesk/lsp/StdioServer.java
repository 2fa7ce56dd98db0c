package org.copydesk.lsp;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.copydesk.lsp.protocol.MessageSizeGuard;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the language server over a pair of streams, standard input and output for {@code copydesk lsp}: returns
 * the exit status when the client says {@code exit} (0 after {@code shutdown}, else 1), when the input ends (the
 * client has gone) or when the editor's process does.
 */
public final class StdioServer {
    private static final Logger LOG = Logger.getLogger(StdioServer.class.getName());

    private StdioServer() {
    }

    public static void main(String[] args) {
        System.exit(runOnStdio());
    }

    /**
     * Serves on standard input and output. Anything else that writes to {@code System.out} would corrupt the
     * protocol's stream, so {@code System.out} is pointed at standard error while the server runs.
     */
    public static int runOnStdio() {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        return run(System.in, out);
    }

    public static int run(InputStream in, OutputStream out) {
        EngineWarmUp.start();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        CopydeskLanguageServer server = new CopydeskLanguageServer(exit::complete);
        ExecutorService protocolThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "copydesk-protocol");
            thread.setDaemon(true);
            return thread;
        });
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(new MessageSizeGuard(in, messageLimit()))
                .setOutput(out)
                .setExecutorService(protocolThreads)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread endOfInput = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.CancellationException e) {
                // the server has exited and stopped listening
            } catch (ExecutionException | RuntimeException e) {
                LOG.log(Level.WARNING, "the connection to the client failed: " + e.getCause(), e);
            }
            exit.complete(server.isShutdown() ? 0 : 1);
        }, "copydesk-input");
        endOfInput.setDaemon(true);
        endOfInput.start();
        int status = exit.join();
        server.shutdown();
        listening.cancel(true);
        protocolThreads.shutdownNow();
        return status;
    }

    /**
     * The largest message read: a document this large costs some ten times its size while it is read. The system
     * property {@code copydesk.lsp.maxMessageBytes} sets another.
     */
    static long messageLimit() {
        Long set = Long.getLong("copydesk.lsp.maxMessageBytes");
        if (set != null && set > 0) {
            return set;
        }
        long byHeap = Runtime.getRuntime().maxMemory() / 8;
        return Math.max(1 << 20, Math.min(byHeap, 256L << 20));
    }
}
