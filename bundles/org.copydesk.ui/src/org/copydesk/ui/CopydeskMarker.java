package org.copydesk.ui;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;

/**
 * The one marker type Copydesk creates, and the names of its attributes. Besides these, a marker carries the
 * standard {@link IMarker#CHAR_START}, {@link IMarker#CHAR_END}, {@link IMarker#LINE_NUMBER},
 * {@link IMarker#MESSAGE} and {@link IMarker#SEVERITY}.
 */
public final class CopydeskMarker {
    public static final String TYPE = "org.copydesk.problem";

    /** The id of the rule that found the problem, such as {@code duplicate-paragraph}. */
    public static final String RULE_ID = "ruleId";
    /** The labels of the fixes the core offers, in order of preference, one per line. */
    public static final String FIXES = "fixes";
    /** The label of the automatic fix, the one {@code copydesk fix} would apply unattended, if there is one. */
    public static final String AUTOMATIC_FIX = "automaticFix";
    /** The first related location ({@code Finding.related()}): its range, 1-based line and message. */
    public static final String RELATED_START = "relatedStart";
    public static final String RELATED_END = "relatedEnd";
    public static final String RELATED_LINE = "relatedLine";
    public static final String RELATED_MESSAGE = "relatedMessage";
    /** Set when the related location is in another file: its path in the marker's project; the line is that file's. */
    public static final String RELATED_FILE = "relatedFile";
    /** Set on the marker of a {@code .copydesk.yaml} Copydesk cannot use; such a marker has no rule id. */
    public static final String CONFIG_ERROR = "configError";
    /**
     * Set on the marker that tells a draft its {@code .copydesk.yaml} cannot be used: the config file's absolute
     * path and the 1-based line of the error, for the quick fix that opens it there.
     */
    public static final String CONFIG_FILE = "configFile";
    public static final String CONFIG_LINE = "configLine";

    public static final String SOURCE_ID = "Copydesk";

    private CopydeskMarker() {
    }

    public static boolean isCopydesk(IMarker marker) {
        try {
            return marker.exists() && marker.isSubtypeOf(TYPE);
        } catch (CoreException e) {
            return false;
        }
    }

    public static String ruleId(IMarker marker) {
        return marker.getAttribute(RULE_ID, "");
    }

    /** The fix labels stored on the marker, in the core's order of preference. */
    public static java.util.List<String> fixLabels(IMarker marker) {
        String labels = marker.getAttribute(FIXES, "");
        return labels.isEmpty() ? java.util.List.of() : java.util.List.of(labels.split("\n"));
    }
}
