package org.copydesk.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.copydesk.cli.report.FileReport;
import org.copydesk.cli.report.SafeText;
import org.copydesk.cli.report.TextReport;
import org.copydesk.cli.run.Outcome;
import org.copydesk.core.Finding;

/**
 * Applies every automatic fix (duplicate paragraphs, CMS footers) to the project's documents in place, as
 * {@code copydesk fix} does: atomic writes that keep encoding, byte order mark, line endings and permissions;
 * unchanged files are not touched. What is left is listed; only errors fail the build.
 */
@Mojo(name = "fix", threadSafe = true)
public final class FixMojo extends AbstractCopydeskMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Copydesk fix skipped");
            return;
        }
        Run run = run(true);
        long changed = 0;
        long fixed = 0;
        for (Outcome outcome : run.outcomes()) {
            if (outcome instanceof Outcome.Fixed result && result.written()) {
                changed++;
                fixed += result.fixedCount();
                getLog().info("Fixed " + SafeText.visible(result.source().name()) + " (" + result.fixedCount()
                        + (result.fixedCount() == 1 ? " finding)" : " findings)"));
            }
        }
        for (FileReport file : run.report().files()) {
            for (Finding finding : file.findings()) {
                getLog().warn(TextReport.line(file, finding));
            }
        }
        getLog().info("Copydesk: " + changed + (changed == 1 ? " file" : " files") + " changed, " + fixed
                + (fixed == 1 ? " finding" : " findings") + " fixed, " + run.report().findingCount() + " left");
        if (run.results().errors()) {
            throw new MojoFailureException("Copydesk could not fix every document; see the errors above");
        }
    }
}
