package org.copydesk.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.Related;
import org.copydesk.core.Severity;

/** What a rule sees of the engine while it checks one document: its settings, and where to report. */
public final class RuleContext {
    private final RuleInfo info;
    private final RuleSettings settings;
    private final Consumer<Finding> sink;
    private final IntConsumer notReported;

    public RuleContext(RuleInfo info, RuleSettings settings, Consumer<Finding> sink) {
        this(info, settings, sink, count -> { });
    }

    /** As the other constructor; {@code notReported} hears of findings a rule counted without reporting them. */
    public RuleContext(RuleInfo info, RuleSettings settings, Consumer<Finding> sink, IntConsumer notReported) {
        this.info = info;
        this.settings = settings;
        this.sink = sink;
        this.notReported = notReported;
    }

    /** The severity findings get unless the rule says otherwise: the configured one, or the rule's default. */
    public Severity severity() {
        return settings.severity() != null ? settings.severity() : info.defaultSeverity();
    }

    /** The configured value of {@code option}, or its default. */
    @SuppressWarnings("unchecked")
    public <T> T option(RuleOption<T> option) {
        Object value = settings.options().get(option.key());
        return value == null ? option.defaultValue() : (T) value;
    }

    /**
     * Says that the rule found {@code count} more problems that it did not report, having reported more than the
     * engine shows one by one ({@link org.copydesk.core.Checker#REPORTED_PER_RULE}): they count in the finding that
     * sums up the rest.
     */
    public void notReported(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        notReported.accept(count);
    }

    /** Starts a finding on {@code [start, end)}; call {@link FindingBuilder#report()} to report it. */
    public FindingBuilder finding(int start, int end, String message) {
        return new FindingBuilder(start, end, message);
    }

    /** Builds one finding of this rule. */
    public final class FindingBuilder {
        private final int start;
        private final int end;
        private final String message;
        private final List<Related> related = new ArrayList<>();
        private final List<Fix> fixes = new ArrayList<>();
        private Severity severity = RuleContext.this.severity();

        private FindingBuilder(int start, int end, String message) {
            this.start = start;
            this.end = end;
            this.message = message;
        }

        public FindingBuilder related(int relatedStart, int relatedEnd, String relatedMessage) {
            related.add(new Related(relatedStart, relatedEnd, relatedMessage));
            return this;
        }

        /** Adds a fix; the first one added is the preferred one. */
        public FindingBuilder fix(Fix fix) {
            fixes.add(fix);
            return this;
        }

        /** Overrides the severity for this finding only, e.g. {@code info} for a mere hint. */
        public FindingBuilder severity(Severity findingSeverity) {
            this.severity = findingSeverity;
            return this;
        }

        public void report() {
            sink.accept(new Finding(info.id(), severity, message, start, end, related, fixes));
        }
    }
}
