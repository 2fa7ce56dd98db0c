package org.copydesk.lsp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * An in-memory pipe for a server and a client in one JVM, which any number of threads may write to. Unlike
 * {@link java.io.PipedInputStream}, a read does not fail because the thread that wrote last has ended (a server's
 * checking thread ending at {@code shutdown} would otherwise break the client's side), and a write never blocks:
 * what is written waits in memory until it is read. Closing the output ends the input once it is read.
 */
final class BytePipe {
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean closed;

    final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            synchronized (BytePipe.this) {
                while (start == end && !closed) {
                    try {
                        BytePipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException();
                    }
                }
                if (start == end) {
                    return -1;
                }
                int n = Math.min(length, end - start);
                System.arraycopy(buffer, start, into, offset, n);
                start += n;
                return n;
            }
        }

        @Override
        public int available() {
            synchronized (BytePipe.this) {
                return end - start;
            }
        }
    };

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] from, int offset, int length) throws IOException {
            synchronized (BytePipe.this) {
                if (closed) {
                    throw new IOException("the pipe is closed");
                }
                if (end + length > buffer.length) {
                    byte[] grown = new byte[Math.max(buffer.length, 2 * (end - start + length))];
                    System.arraycopy(buffer, start, grown, 0, end - start);
                    end -= start;
                    start = 0;
                    buffer = grown;
                }
                System.arraycopy(from, offset, buffer, end, length);
                end += length;
                BytePipe.this.notifyAll();
            }
        }

        @Override
        public void close() {
            synchronized (BytePipe.this) {
                closed = true;
                BytePipe.this.notifyAll();
            }
        }
    };
}
