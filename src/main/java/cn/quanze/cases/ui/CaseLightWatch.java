package cn.quanze.cases.ui;

import cn.quanze.cases.data.CaseRows.CaseRow;
import cn.quanze.core.domain.Light;
import cn.quanze.core.i18n.I18n;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Remembers each case's light between loads and says what changed: after the first load how many cases are yellow
 * and red, after later ones how many turned yellow or red (a closed case counts as green).
 */
final class CaseLightWatch {
    private final Map<String, Light> lastLights = new HashMap<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper turned = new ReadOnlyStringWrapper("");
    private boolean loadedOnce;

    /** A load ended on {@code day}: {@code dueSoon} are its open yellow and red cases. */
    void loaded(List<CaseRow> loaded, List<CaseRow> dueSoon, LocalDate day) {
        int turnedYellow = 0;
        int turnedRed = 0;
        for (CaseRow r : loaded) {
            Light now = r.progress().isOpen() ? r.progress().light() : Light.GREEN;
            Light before = lastLights.put(r.id(), now);
            if (loadedOnce && before != null && before.ordinal() < now.ordinal()) {
                if (now == Light.RED) {
                    turnedRed++;
                } else {
                    turnedYellow++;
                }
            }
        }
        if (!loadedOnce) {
            long red = dueSoon.stream().filter(r -> r.progress().light() == Light.RED).count();
            if (!dueSoon.isEmpty()) {
                notice.set(I18n.t("cases.notice.startup", dueSoon.size() - red, red));
            }
            loadedOnce = true;
        } else if (turnedYellow + turnedRed > 0) {
            notice.set(I18n.t("cases.notice.turned", turnedYellow, turnedRed));
            turned.set(notice.get() + " · " + day);
        }
    }

    ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    ReadOnlyStringProperty turned() {
        return turned.getReadOnlyProperty();
    }
}
