package org.copydesk.ui;

import org.eclipse.osgi.util.NLS;

/** The strings Copydesk shows, from {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.copydesk.ui.messages";

    public static String ruleFailed;
    public static String configErrorOnFile;
    public static String configNotAppliedLastGood;
    public static String configNotAppliedPreferences;
    public static String openConfigFile;
    public static String checkJobBackground;
    public static String checkJobUser;
    public static String checkJobFile;
    public static String checkSummary;
    public static String checkedNothing;
    public static String checkedOneFile;
    public static String checkedFiles;
    public static String foundNoProblems;
    public static String foundOneProblem;
    public static String foundProblems;
    public static String fixDescription;
    public static String fixAllOfKindInFile;
    public static String fixAllOfKindInFiles;
    public static String fixAllOfKindDescription;
    public static String goToRelated;
    public static String goToOtherCopy;
    public static String indexJob;
    public static String fixRefused;
    public static String nothingToFix;
    public static String nothingToFixOneChoice;
    public static String nothingToFixChoices;
    public static String fixesRefusedInfo;
    public static String fixInFiles;
    public static String fixedOneProblem;
    public static String fixedProblems;
    public static String fixedProblemsInFiles;
    public static String fixedAndOneChoice;
    public static String fixedAndChoices;
    public static String hoverRelated;
    public static String hoverRule;
    public static String hoverFixes;
    public static String prefsDescription;
    public static String prefsConfigFileWins;
    public static String prefsConfigFileWinsIn;
    public static String prefsExtensions;
    public static String prefsExtensionsTip;
    public static String prefsIgnore;
    public static String prefsIgnoreTip;
    public static String prefsSeverity;
    public static String prefsRuleTitle;
    public static String prefsRuleEnabled;
    public static String prefsOptionTip;
    public static String severityError;
    public static String severityWarning;
    public static String severityInfo;
    public static String prefsWrapDrafts;
    public static String prefsWrapDraftsTip;
    public static String prefsSeverityDefault;
    public static String propsConfigFileWins;
    public static String propsNoConfigFile;
    public static String propsWorkspaceSettings;
    public static String propsConfigFileBroken;
    public static String propsOpenConfigFile;
    public static String propsProjectSpecific;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
