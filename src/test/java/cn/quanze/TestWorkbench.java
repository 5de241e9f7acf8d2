package cn.quanze;

import cn.quanze.wiring.Workbench;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Opens a workbench on a temporary data directory with a fixed clock (2026-11-22 09:00 Asia/Shanghai). */
public final class TestWorkbench {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 22).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    private TestWorkbench() {
    }

    public static Workbench open(Path dir) {
        return Workbench.open(dir, () -> "tester", CLOCK);
    }

    /** A workbench with an office identity and the demo data loaded. */
    public static Workbench withDemo(Path dir) {
        Workbench wb = open(dir);
        wb.store().run("office.init", uow -> wb.settings().saveIdentity(uow, "QU", "徐汇区人民政府办公室",
                cn.quanze.core.domain.OfficeLevel.DISTRICT));
        wb.demoData().load();
        return wb;
    }
}
