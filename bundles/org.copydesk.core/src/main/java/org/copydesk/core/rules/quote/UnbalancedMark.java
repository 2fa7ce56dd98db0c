package org.copydesk.core.rules.quote;

/** A quotation mark without its partner: an opening mark never closed, or a closing mark with nothing open. */
record UnbalancedMark(int offset, int length, Mark mark, boolean opening, int paragraph) {
}
