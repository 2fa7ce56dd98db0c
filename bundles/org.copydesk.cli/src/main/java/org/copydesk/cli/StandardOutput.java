package org.copydesk.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that remembers a failed write. {@code System.out} is a {@link PrintStream}, which swallows
 * the error of a full disk or a closed pipe, so a report or a fixed text that never arrived would end the run as
 * if it had: every command writes through this instead, and {@link Main} turns a failure into exit status 2.
 */
final class StandardOutput extends FilterOutputStream {
    private volatile IOException failure;

    private StandardOutput(OutputStream out) {
        super(out);
    }

    /** Makes {@code System.out} write through a {@code StandardOutput}, and returns it. */
    static StandardOutput install() {
        StandardOutput output = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        System.setOut(new PrintStream(new BufferedOutputStream(output, 1 << 16), false, StandardCharsets.UTF_8));
        return output;
    }

    /** Flushes {@code System.out}; the first write that failed, or null. */
    IOException failure() {
        System.out.flush();
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
