package cn.quanze.sync;

import cn.quanze.sync.data.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two and three offices exchanging files: trust, export, import, idempotence, proposals and conflicts. */
class SyncExchangeTest {
    @TempDir
    Path tmp;
    SyncNode district;
    SyncNode street;

    @BeforeEach
    void setUp() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        district = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
        street = new SyncNode(tmp, "jd", "JD01", OfficeLevel.SUBDISTRICT);
        district.trust(street);
        street.trust(district);
    }

    @AfterEach
    void tearDown() {
        district.close();
        street.close();
    }

    @Test
    void exportThenImportBringsRecordsAndTwiceChangesNothing() {
        district.put(SyncNode.DEPT, SyncNode.department("d1", "D01", "区发改委"));
        district.put(SyncNode.ITEM, SyncNode.item("i1", "推进老旧小区改造"));
        Path file = district.exportTo(street);
        assertThat(file.getFileName().toString()).isEqualTo("QU-to-JD01-20261122-0001.qzb");

        ImportReport preview = street.sync().importFile(file, true);
        assertThat(preview.status()).isEqualTo(ImportReport.Status.PREVIEW);
        assertThat(preview.count(ImportReport.Kind.ADDED)).isEqualTo(2);
        assertThat(street.get(SyncNode.DEPT, "d1")).isNull();

        ImportReport applied = street.importFile(file);
        assertThat(applied.status()).isEqualTo(ImportReport.Status.APPLIED);
        assertThat(street.dump()).isEqualTo(district.dump());
        String before = street.fullDump();
        assertThat(street.importFile(file).status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
        assertThat(street.fullDump()).isEqualTo(before);
        assertThat(street.check()).isEmpty();
    }

    @Test
    void anOlderFileArrivingAfterANewerOneIsAppliedNotRefused() {
        // the street's clock moves a minute per reading, so its second file is newer than its first
        java.time.Instant start = cn.quanze.TestWorkbench.CLOCK.instant();
        java.util.concurrent.atomic.AtomicLong minutes = new java.util.concurrent.atomic.AtomicLong();
        java.time.Clock moving = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return cn.quanze.TestWorkbench.ZONE;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return start.plusSeconds(60 * minutes.incrementAndGet());
            }
        };
        SyncNode town = new SyncNode(tmp, "zh", "ZH03", OfficeLevel.SUBDISTRICT, moving);
        try {
            district.trust(town);
            town.trust(district);
            district.put(SyncNode.ITEM, SyncNode.item("i1", "推进老旧小区改造"));
            town.importFile(district.exportTo(town));
            town.put(SyncNode.FEEDBACK, SyncNode.feedback("f1", "i1", "已完成摸底"));
            Path first = town.exportTo(district); // lost on the way
            town.put(SyncNode.FEEDBACK, SyncNode.feedback("f2", "i1", "已制定方案"));
            Path second = town.exportTo(district);
            town.put(SyncNode.FEEDBACK, SyncNode.feedback("f3", "i1", "已开工"));
            district.importFile(second);
            district.importFile(town.exportTo(district));
            // the first file turns up last: nothing in it is new, and it must not be taken for a restored sender
            ImportReport late = district.importFile(first);
            assertThat(late.status()).isEqualTo(ImportReport.Status.APPLIED);
            assertThat(late.items()).isEmpty();
            assertThat(district.get(SyncNode.FEEDBACK, "f3").content()).isEqualTo("已开工");
            assertThat(district.check()).isEmpty();
        } finally {
            town.close();
        }
    }

    @Test
    void feedbackFlowsUpAndAcknowledgementsStopResending() {
        district.put(SyncNode.ITEM, SyncNode.item("i1", "推进老旧小区改造"));
        street.importFile(district.exportTo(street));
        street.put(SyncNode.FEEDBACK, SyncNode.feedback("f1", "i1", "已完成摸底"));
        Path up = street.exportTo(district);
        district.importFile(up);
        assertThat(district.get(SyncNode.FEEDBACK, "f1").content()).isEqualTo("已完成摸底");
        // the street's file carried its have vector: the district now sends nothing the street already has
        Path back = district.exportTo(street);
        ImportReport r = street.importFile(back);
        assertThat(r.items()).isEmpty();
        assertThat(district.dump()).isEqualTo(street.dump());
        assertThat(district.check()).isEmpty();
        assertThat(street.check()).isEmpty();
    }

    @Test
    void nonOwnerChangeBecomesAProposalTheOwnerAccepts() {
        district.put(SyncNode.DEPT, SyncNode.department("d1", "D01", "区发改委"));
        street.importFile(district.exportTo(street));
        street.put(SyncNode.DEPT, SyncNode.department("d1", "D01", "区发展和改革委员会"));
        ImportReport r = district.importFile(street.exportTo(district));
        assertThat(r.count(ImportReport.Kind.PROPOSED)).isEqualTo(1);
        assertThat(district.get(SyncNode.DEPT, "d1").name()).isEqualTo("区发改委");
        var inbox = district.sync().proposals().inbox("QU");
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).changes()).containsKey("name");
        district.sync().proposals().accept(inbox.get(0).revId());
        assertThat(district.get(SyncNode.DEPT, "d1").name()).isEqualTo("区发展和改革委员会");
        street.importFile(district.exportTo(street));
        assertThat(street.dump()).isEqualTo(district.dump());
        assertThat(district.sync().proposals().inbox("QU")).isEmpty();
        assertThat(district.check()).isEmpty();
        assertThat(street.check()).isEmpty();
    }

    @Test
    void concurrentEditsMergeByFieldAndConflictOnTheSameField() {
        district.put(SyncNode.ITEM, SyncNode.item("i1", "推进老旧小区改造"));
        street.importFile(district.exportTo(street));
        // the district's second desktop
        SyncNode desk2 = new SyncNode(tmp, "qu2", "QU", OfficeLevel.DISTRICT);
        try {
            desk2.trust(district);
            district.trust(desk2);
            desk2.importFile(district.exportTo(desk2));
            var base = district.get(SyncNode.ITEM, "i1");
            district.put(SyncNode.ITEM, withTitleAndProgress(base, "推进老旧小区改造（一期）", base.progress()));
            desk2.put(SyncNode.ITEM, withTitleAndProgress(base, base.title(), 40));
            district.importFile(desk2.exportTo(district));
            assertThat(district.get(SyncNode.ITEM, "i1").title()).isEqualTo("推进老旧小区改造（一期）");
            assertThat(district.get(SyncNode.ITEM, "i1").progress()).isEqualTo(40);
            assertThat(district.sync().conflicts().list()).isEmpty();
            desk2.importFile(district.exportTo(desk2));
            assertThat(desk2.dump()).isEqualTo(district.dump());

            var merged = district.get(SyncNode.ITEM, "i1");
            district.put(SyncNode.ITEM, withTitleAndProgress(merged, "甲", merged.progress()));
            desk2.put(SyncNode.ITEM, withTitleAndProgress(merged, "乙", merged.progress()));
            district.importFile(desk2.exportTo(district));
            desk2.importFile(district.exportTo(desk2));
            assertThat(district.sync().conflicts().list()).hasSize(1);
            assertThat(desk2.sync().conflicts().list()).hasSize(1);
            assertThat(desk2.dump()).isEqualTo(district.dump());
            var conflict = district.sync().conflicts().list().get(0);
            assertThat(conflict.fields()).containsExactly("title");
            String mine = conflict.versions().stream().filter(v -> "甲".equals(v.row().get("title"))).findFirst()
                    .orElseThrow().revId();
            district.sync().conflicts().resolve("supervision_item", "i1", Map.of("title", mine));
            assertThat(district.get(SyncNode.ITEM, "i1").title()).isEqualTo("甲");
            desk2.importFile(district.exportTo(desk2));
            assertThat(desk2.sync().conflicts().list()).isEmpty();
            assertThat(desk2.dump()).isEqualTo(district.dump());
            assertThat(district.check()).isEmpty();
            assertThat(desk2.check()).isEmpty();
        } finally {
            desk2.close();
        }
    }

    @Test
    void untrustedSenderIsRefusedNamingItsFingerprint() {
        SyncNode stranger = new SyncNode(tmp, "x", "JD09", OfficeLevel.SUBDISTRICT);
        try {
            stranger.trust(district);
            stranger.put(SyncNode.ITEM, SyncNode.item("x1", "来路不明"));
            Path file = stranger.exportTo(district);
            String before = district.fullDump();
            assertThatThrownBy(() -> district.importFile(file)).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.key()).isEqualTo("sync.refused.untrusted");
                assertThat(e.reason()).contains(file.getFileName().toString()).contains("JD09")
                        .contains(stranger.sync().card().fingerprint());
            });
            assertThat(district.fullDump()).isEqualTo(before);
        } finally {
            stranger.close();
        }
    }

    static cn.quanze.supervision.domain.SupervisionItem withTitleAndProgress(
            cn.quanze.supervision.domain.SupervisionItem s, String title, int progress) {
        return new cn.quanze.supervision.domain.SupervisionItem(s.id(), s.year(), s.number(), s.source(),
                s.sourceDocNo(), s.sourceDate(), title, s.content(), s.importance(), s.leadUnitId(),
                s.cooperatingUnitIds(), s.leader(), s.contact(), s.assignedOn(), s.deadline(), s.deadlineWorkdays(),
                s.milestones(), s.feedbackCycle(), s.feedbackDay(), s.state(), s.stateSince(), s.requestedDeadline(),
                s.completedOn(), progress, s.demo());
    }
}
