package cn.quanze.ui.common;

import java.util.ArrayList;
import java.util.List;

/** A form in a view-model test: records whether it was closed (done) or refused, and with which sentence. */
public final class RecordingForm implements FormOutcome {
    public record Refusal(String message, String field) {
    }

    public int done;
    public final List<Refusal> refusals = new ArrayList<>();

    @Override
    public void done() {
        done++;
    }

    @Override
    public void refused(String message, String field) {
        refusals.add(new Refusal(message, field));
    }

    public String lastMessage() {
        return refusals.isEmpty() ? "" : refusals.get(refusals.size() - 1).message();
    }
}
