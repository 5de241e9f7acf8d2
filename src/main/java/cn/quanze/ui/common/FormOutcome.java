package cn.quanze.ui.common;

/**
 * What a form hears back from the work its 确定 started: {@link #done()} closes it; {@link #refused} keeps it open
 * with everything as typed and shows the sentence beside the field it names, or at the foot of the form.
 */
public interface FormOutcome {
    /** The work succeeded: the form closes. */
    void done();

    /**
     * The work was refused or failed. {@code field} names the field the refusal is about in terms the form knows (a
     * rule key or a field's label key), or is null when it is about the form as a whole.
     */
    void refused(String message, String field);
}
