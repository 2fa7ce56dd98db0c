/**
 * What a rule is to the engine. A rule implements {@link org.copydesk.core.rule.Rule}, carries {@link
 * org.copydesk.core.rule.RuleMeta} (id, summary, default severity; read into a {@link
 * org.copydesk.core.rule.RuleInfo}), declares its {@link org.copydesk.core.rule.RuleOption}s, and reports findings
 * and fixes through the {@link org.copydesk.core.rule.RuleContext} it is given, which also hands it its {@link
 * org.copydesk.core.rule.RuleSettings}. {@link org.copydesk.core.rule.RuleDocs} renders its documentation page.
 */
package org.copydesk.core.rule;
