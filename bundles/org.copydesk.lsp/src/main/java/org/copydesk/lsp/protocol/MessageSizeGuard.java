package org.copydesk.lsp.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands between standard input and the JSON-RPC reader, which would allocate whatever a message's
 * {@code Content-Length} says: a message over the limit is read and thrown away as it arrives, and the reader gets
 * a small one in its place, {@value #REQUEST_TOO_LARGE} with the request's id (so the client gets an error
 * response rather than waiting for ever) or {@value #NOTIFICATION_TOO_LARGE}. Everything else passes unchanged.
 */
public final class MessageSizeGuard extends InputStream {
    public static final String REQUEST_TOO_LARGE = "copydesk/requestTooLarge";
    public static final String NOTIFICATION_TOO_LARGE = "copydesk/notificationTooLarge";
    private static final int MAX_HEADER = 8192;
    /** How much of a discarded message is searched for its id: clients write it before the parameters. */
    private static final int ID_SEARCH = 512;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");

    private final InputStream in;
    private final long limit;
    /** Bytes to give before reading on: a header, or a message put in place of one too large. */
    private byte[] pending = new byte[0];
    private int pendingAt;
    /** Content bytes of the current message still to pass through. */
    private long passThrough;

    public MessageSizeGuard(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        if (pendingAt < pending.length) {
            return pending[pendingAt++] & 0xff;
        }
        int b = in.read();
        if (b >= 0) {
            passThrough--;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        if (pendingAt < pending.length) {
            int n = Math.min(length, pending.length - pendingAt);
            System.arraycopy(pending, pendingAt, buffer, offset, n);
            pendingAt += n;
            return n;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, passThrough));
        if (n > 0) {
            passThrough -= n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Makes sure there is something to give; false at the end of input. */
    private boolean fill() throws IOException {
        while (pendingAt >= pending.length && passThrough <= 0) {
            if (!nextHeader()) {
                return false;
            }
        }
        return true;
    }

    /** Reads the next message's header and decides what the reader gets. */
    private boolean nextHeader() throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream(64);
        int newlines = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                pending = header.toByteArray(); // a partial header: the reader sees the end of input after it
                pendingAt = 0;
                return pending.length > 0;
            }
            header.write(b);
            if (b == '\n') {
                if (++newlines == 2) {
                    break;
                }
            } else if (b != '\r') {
                newlines = 0;
            }
            if (header.size() > MAX_HEADER) {
                break; // not a header the reader can use: let it say so
            }
        }
        String text = header.toString(StandardCharsets.US_ASCII);
        Matcher length = CONTENT_LENGTH.matcher(text);
        long contentLength = -1;
        if (length.find()) {
            try {
                contentLength = Long.parseLong(length.group(1));
            } catch (NumberFormatException e) {
                contentLength = Long.MAX_VALUE;
            }
        }
        if (contentLength <= limit) {
            pending = header.toByteArray();
            pendingAt = 0;
            passThrough = Math.max(0, contentLength);
            return true;
        }
        String id = discard(contentLength);
        String body = id != null
                ? "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + REQUEST_TOO_LARGE + "\",\"params\":{\"size\":" + contentLength + ",\"limit\":" + limit + "}}"
                : "{\"jsonrpc\":\"2.0\",\"method\":\"" + NOTIFICATION_TOO_LARGE + "\",\"params\":{\"size\":" + contentLength + ",\"limit\":" + limit + "}}";
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        pending = ("Content-Length: " + content.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        pendingAt = 0;
        passThrough = 0;
        return true;
    }

    /** Reads and drops {@code length} bytes; returns the message's id if its start names one. */
    private String discard(long length) throws IOException {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream start = new ByteArrayOutputStream(ID_SEARCH);
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            if (start.size() < ID_SEARCH) {
                start.write(buffer, 0, Math.min(n, ID_SEARCH - start.size()));
            }
            left -= n;
        }
        Matcher id = ID.matcher(start.toString(StandardCharsets.UTF_8));
        return id.find() ? id.group(1) : null;
    }
}
