package org.copydesk.cli.report;

import org.copydesk.core.document.LineMap;

/** A 1-based line and a 1-based column counted in UTF-16 code units, as every report writes them. */
public record Position(int line, int column) {
    public static Position of(LineMap lines, int offset) {
        return new Position(lines.line(offset), lines.column(offset));
    }
}
