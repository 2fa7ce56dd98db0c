package org.copydesk.core;

/** A rule that threw while checking a document. The other rules still ran; this one's findings are missing. */
public record RuleFailure(String ruleId, Throwable error) {
    public String message() {
        return "rule " + ruleId + " failed: " + error;
    }
}
