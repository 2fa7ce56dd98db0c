package org.copydesk.cli.run;

/** Told each time a document is done, from any thread. */
@FunctionalInterface
public interface Progress {
    Progress NONE = () -> { };

    void advance();
}
