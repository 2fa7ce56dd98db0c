package org.copydesk.lsp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server as a separate process, spoken to byte by byte: for the tests that send what no well-behaved client
 * would (broken JSON, unknown methods, oversized messages) and then check the server still answers.
 */
public final class RawConnection implements AutoCloseable {
    private final Process process;
    private final OutputStream out;
    private final List<JsonObject> received = new ArrayList<>();

    public RawConnection(List<String> command) {
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = process.getOutputStream();
        Thread reader = new Thread(() -> read(process.getInputStream()), "raw-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public Process process() {
        return process;
    }

    private void read(InputStream in) {
        try {
            while (true) {
                StringBuilder header = new StringBuilder();
                int c;
                while (!header.toString().endsWith("\r\n\r\n")) {
                    c = in.read();
                    if (c < 0) {
                        return;
                    }
                    header.append((char) c);
                }
                int length = Integer.parseInt(header.toString().replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                byte[] body = in.readNBytes(length);
                JsonObject message = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
                synchronized (received) {
                    received.add(message);
                    received.notifyAll();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the server has gone: the queue just stops growing
        }
    }

    /** Sends {@code body} framed with its true length. */
    public void send(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        sendRaw(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bytes);
    }

    public void sendRaw(byte[]... parts) {
        try {
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void request(int id, String method, String params) {
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    public void notify(String method, String params) {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    /** The first message the server has sent, or sends within the timeout, that satisfies {@code condition}. */
    public JsonObject await(Predicate<JsonObject> condition) {
        long deadline = System.nanoTime() + RecordingClient.TIMEOUT.toNanos();
        synchronized (received) {
            int seen = 0;
            while (true) {
                for (; seen < received.size(); seen++) {
                    if (condition.test(received.get(seen))) {
                        return received.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such message from the server within " + RecordingClient.TIMEOUT + "; received: " + received);
                }
                try {
                    received.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    public JsonObject response(int id) {
        return await(m -> m.has("id") && !m.has("method") && m.get("id").isJsonPrimitive() && m.get("id").getAsInt() == id);
    }

    /** Closes standard input and waits for the process to end; returns its exit status. */
    public int closeInputAndWait() {
        try {
            out.close();
            return waitForExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int waitForExit() {
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the server did not exit");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
