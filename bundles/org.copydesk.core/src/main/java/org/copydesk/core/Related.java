package org.copydesk.core;

/** Another place in the same text that explains a finding, such as a duplicate's first occurrence. */
public record Related(int start, int end, String message) {
}
