package cn.quanze.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copied data folder (same node id writing on two machines) is detected and told how to get a new node id. */
class CloneDetectionTest {
    @TempDir
    Path tmp;

    @Test
    void copiedDataFolderIsRefusedUntilItTakesANewNodeId() throws IOException {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        try (SyncNode district = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
             SyncNode street = new SyncNode(tmp, "jd", "JD01", OfficeLevel.SUBDISTRICT)) {
            district.trust(street);
            street.trust(district);
            street.put(SyncNode.ITEM, SyncNode.item("a", "原机器"));
            district.importFile(street.exportTo(district));
            // copy the street's data folder to a second machine
            street.close();
            copy(street.dir, tmp.resolve("copy"));
            street.open();
            try (SyncNode copy = new SyncNode(tmp, "copy", "JD01", OfficeLevel.SUBDISTRICT)) {
                assertThat(copy.wb.store().nodeId()).isEqualTo(street.wb.store().nodeId());
                street.put(SyncNode.ITEM, SyncNode.item("b", "原机器的新事项"));
                copy.put(SyncNode.ITEM, SyncNode.item("c", "复制机器的新事项"));
                district.importFile(street.exportTo(district));
                Path fromCopy = copy.exportTo(district);
                String before = district.fullDump();
                assertThatThrownBy(() -> district.importFile(fromCopy)).isInstanceOfSatisfying(SyncException.class, e -> {
                    assertThat(e.key()).isEqualTo("sync.refused.clone");
                    assertThat(e.reason()).contains(fromCopy.getFileName().toString()).contains("更换节点编号")
                            .contains("quanze sync new-node-id");
                });
                assertThat(district.fullDump()).isEqualTo(before);
                // the copy learns it too, from the district's file
                Path back = district.exportTo(copy);
                assertThatThrownBy(() -> copy.importFile(back)).isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.key()).isIn("sync.refused.selfBehind", "sync.refused.clone"));
                // after a new node id the copy's own writes are re-issued under it and sync again; nothing is lost
                String old = copy.wb.store().nodeId();
                copy.sync().newNodeId();
                assertThat(copy.wb.store().nodeId()).isNotEqualTo(old);
                assertThat(copy.check()).isEmpty();
                district.importFile(copy.exportTo(district));
                copy.importFile(district.exportTo(copy));
                street.importFile(district.exportTo(street));
                assertThat(district.get(SyncNode.ITEM, "c").title()).isEqualTo("复制机器的新事项");
                assertThat(copy.get(SyncNode.ITEM, "b").title()).isEqualTo("原机器的新事项");
                assertThat(copy.dump()).isEqualTo(district.dump());
                assertThat(street.dump()).isEqualTo(district.dump());
                assertThat(copy.check()).isEmpty();
                assertThat(district.check()).isEmpty();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
