package org.copydesk.core.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.copydesk.core.Severity;

/** A rule's metadata, kept on its class. Its documentation is the core resource {@code org/copydesk/core/docs/<id>.md}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    /** The id used in output, config files and suppression comments, e.g. {@code duplicate-paragraph}. */
    String id();

    /** One line saying what the rule finds. */
    String summary();

    Severity severity() default Severity.WARNING;
}
