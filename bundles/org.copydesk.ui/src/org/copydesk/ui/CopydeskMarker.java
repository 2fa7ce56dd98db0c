package org.copydesk.ui;

/** The one marker type Copydesk creates, and the names of its attributes. */
public final class CopydeskMarker {
    public static final String TYPE = "org.copydesk.problem";
    public static final String RULE_ID = "ruleId";

    private CopydeskMarker() {
    }
}
