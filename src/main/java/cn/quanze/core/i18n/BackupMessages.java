package cn.quanze.core.i18n;

import cn.quanze.core.db.BackupException;
import cn.quanze.core.db.DbCheck;
import java.util.stream.Collectors;

/** The user-facing sentence for a refused backup or restore; shared by the CLI and the window. */
public final class BackupMessages {
    /** At most this many of the database check's findings are spelled out. */
    private static final int SHOWN_PROBLEMS = 3;

    private BackupMessages() {
    }

    public static String describe(BackupException e) {
        String file = String.valueOf(e.file());
        return switch (e.reason()) {
            case NOT_FOUND -> I18n.t("backup.refused.notFound", file);
            case NOT_A_BACKUP -> I18n.t("backup.refused.notABackup", file);
            case NEWER_SCHEMA -> I18n.t("backup.refused.newerSchema", file, e.detail());
            case FAILS_CHECK -> I18n.t("backup.refused.failsCheck", file, e.problems().size(), e.problems().stream()
                    .limit(SHOWN_PROBLEMS).map(BackupMessages::problem)
                    .collect(Collectors.joining(I18n.t("backup.refused.joiner"))));
            case LIVE_DATABASE -> I18n.t("backup.refused.liveDatabase", file);
            case TARGET_IS_LIVE_DATABASE -> I18n.t("backup.refused.targetIsLive", file);
            case TARGET_IS_DIRECTORY -> I18n.t("backup.refused.targetIsDirectory", file);
        };
    }

    private static String problem(DbCheck.Problem p) {
        return I18n.t(p.key(), p.args().toArray());
    }
}
