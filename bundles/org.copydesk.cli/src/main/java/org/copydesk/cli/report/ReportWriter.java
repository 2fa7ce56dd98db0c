package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format, as UTF-8. Does not close the stream. */
public interface ReportWriter {
    void write(Report report, OutputStream out) throws IOException;
}
