package cn.quanze.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.StoreException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchTest {
    @TempDir
    Path dir;

    @Test
    void secondOpenInTheSameProcessIsRefused() {
        try (Workbench first = TestWorkbench.open(dir)) {
            assertThatThrownBy(() -> TestWorkbench.open(dir)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.IN_USE));
        }
        TestWorkbench.open(dir).close();
    }

    @Test
    void secondInstanceInAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        try (Workbench first = TestWorkbench.open(dir)) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Dquanze.lang=zh",
                    "cn.quanze.Launcher", "--data-dir", dir.toString(), "db", "check")
                    .redirectErrorStream(true).start();
            String out;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out = r.lines().reduce("", (a, b) -> a + b + "\n");
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(out).contains("已被另一个权责工作台窗口或命令使用");
        }
    }

    @Test
    void demoDataIsMarkedAndRemovableWithoutTouchingRealData() {
        try (Workbench wb = TestWorkbench.withDemo(dir)) {
            assertThat(wb.powers().count()).isGreaterThanOrEqualTo(40);
            assertThat(wb.supervision().all()).hasSizeGreaterThanOrEqualTo(40).allMatch(i -> i.demo());
            String realId = cn.quanze.core.domain.Ids.newId();
            wb.store().run("test", uow -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT,
                    new cn.quanze.org.domain.Department(realId, "REAL1", "区档案局", null,
                            cn.quanze.org.domain.UnitKind.DEPARTMENT, false)));
            int removed = wb.demoData().remove();
            assertThat(removed).isGreaterThan(100);
            assertThat(wb.powers().count()).isZero();
            assertThat(wb.supervision().all()).isEmpty();
            assertThat(wb.departments().all()).extracting(d -> d.code()).containsExactly("REAL1");
            assertThat(wb.dbCheck().run()).isEmpty();
        }
    }
}
