package cn.quanze.supervision.data;

import cn.quanze.core.db.PermissionDeniedException;
import cn.quanze.core.db.Principal;
import cn.quanze.core.db.Sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.TestWorkbench;
import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.Attachment;
import cn.quanze.supervision.domain.EventKind;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionEvent;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.TransitionRefused;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every action goes through the unit of work: item, append-only event and change log together. */
class SupervisionServiceTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private SupervisionService service;

    @BeforeEach
    void open() {
        wb = TestWorkbench.withDemo(dir);
        service = wb.supervisionService();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    static SupervisionItem draft(Workbench wb, LocalDate deadline, Integer workdays) {
        String lead = wb.departments().byCode("FGW").orElseThrow().id();
        return new SupervisionItem(null, 0, 0, SupervisionSource.LEADER_INSTRUCTION, "区长批示〔2026〕12号", null,
                "推进老旧小区加装电梯", "年内完成30台加装", Importance.MAJOR, lead, List.of(), "副区长", "王五", null,
                deadline, workdays, List.of(), FeedbackCycle.MONTHLY, 25, SupervisionState.REGISTERED, null, null, null,
                0, false);
    }

    @Test
    void fullLifeIsRecordedAsEventsAndNumbersFollowTheYear() throws Exception {
        SupervisionItem item = service.register(draft(wb, null, 20));
        assertThat(item.state()).isEqualTo(SupervisionState.REGISTERED);
        int expected = SupervisionRepositoryNumbers.max(wb, 2026) + 1;
        SupervisionItem assigned = service.assign(item.id());
        assertThat(assigned.number()).isEqualTo(expected);
        assertThat(assigned.deadline()).isEqualTo(wb.calendar().deadline(LocalDate.of(2026, 11, 22), 20));

        Path file = dir.resolve("进展材料.txt");
        Files.writeString(file, "加装电梯完成情况");
        service.feedback(item.id(), LocalDate.of(2026, 11, 22), "已完成10台", 35, "资金到位慢", "加快审批",
                List.of(file));
        service.urge(item.id(), "请加快进度");
        service.requestExtension(item.id(), assigned.deadline().plusMonths(2), "冬季施工受限");
        service.decideExtension(item.id(), true, null, "同意");
        service.requestCompletion(item.id(), "已全部完成");
        service.returnToUnit(item.id(), "缺少验收材料");
        service.requestCompletion(item.id(), "补充了验收材料");
        service.approveCompletion(item.id(), "同意办结");
        SupervisionItem archived = service.archive(item.id());
        assertThat(archived.state()).isEqualTo(SupervisionState.ARCHIVED);

        List<SupervisionEvent> events = wb.supervision().eventsOf(item.id());
        assertThat(events).extracting(SupervisionEvent::kind).containsExactly(EventKind.REGISTERED,
                EventKind.ASSIGNED, EventKind.STARTED, EventKind.URGED, EventKind.EXTENSION_REQUESTED,
                EventKind.EXTENSION_APPROVED, EventKind.COMPLETION_REQUESTED, EventKind.RETURNED,
                EventKind.COMPLETION_REQUESTED, EventKind.COMPLETION_APPROVED, EventKind.ARCHIVED);
        assertThat(events).allSatisfy(e -> assertThat(e.actor()).isEqualTo("tester"));

        var fb = wb.supervision().feedbackOf(item.id());
        assertThat(fb).hasSize(1);
        List<Attachment> atts = wb.supervision().attachmentsOf("feedback", fb.get(0).id());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(atts).singleElement().satisfies(a -> {
            assertThat(a.sha256()).isEqualTo(sha);
            assertThat(a.originalName()).isEqualTo("进展材料.txt");
            assertThat(a.size()).isEqualTo(Files.size(file));
        });
        assertThat(dir.resolve("attachments").resolve(sha)).hasSameBinaryContentAs(file);
        long revisions = wb.store().read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM revision WHERE entity = 'supervision_event'"));
        assertThat(revisions).isGreaterThanOrEqualTo(events.size());
        assertThat(wb.dbCheck().run()).isEmpty();
    }

    @Test
    void aRefusedActionWritesNothing() {
        SupervisionItem item = service.register(draft(wb, LocalDate.of(2027, 3, 31), null));
        long before = wb.store().lastOriginSeq();
        assertThatThrownBy(() -> service.approveCompletion(item.id(), "x")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> service.feedback(item.id(), LocalDate.of(2026, 11, 22), "x", 10, null, null,
                List.of())).isInstanceOf(TransitionRefused.class);
        assertThat(wb.store().lastOriginSeq()).isEqualTo(before);
        assertThat(wb.supervision().eventsOf(item.id())).extracting(SupervisionEvent::kind)
                .containsExactly(EventKind.REGISTERED);
    }

    @Test
    void rectificationIsClosedOnlyOnceWithANoteAndRecheckDate() {
        SupervisionItem item = service.register(draft(wb, LocalDate.of(2027, 3, 31), null));
        var r = service.addRectification(item.id(), "台账不全", item.leadUnitId(), "李四", LocalDate.of(2026, 12, 15),
                "补齐台账");
        assertThatThrownBy(() -> service.verifyRectification(r.id(), " ", null)).isInstanceOf(TransitionRefused.class);
        var done = service.verifyRectification(r.id(), "已核查，台账齐全", LocalDate.of(2027, 3, 1));
        assertThat(done.state()).isEqualTo(cn.quanze.supervision.domain.RectificationState.VERIFIED);
        assertThat(done.verifiedBy()).isEqualTo("tester");
        assertThatThrownBy(() -> service.verifyRectification(r.id(), "再次", null))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void demoDataHasABelievableMixAndRemovesCleanly() {
        var entries = wb.supervisionBoard().snapshot(LocalDate.of(2026, 11, 22)).entries();
        assertThat(entries).extracting(e -> e.item().state()).contains(SupervisionState.values());
        assertThat(entries).filteredOn(e -> e.light() == cn.quanze.core.domain.Light.RED).isNotEmpty();
        assertThat(entries).filteredOn(e -> e.light() == cn.quanze.core.domain.Light.GREEN).isNotEmpty();
        assertThat(entries).filteredOn(e -> e.item().requestedDeadline() != null).isNotEmpty();
        assertThat(wb.supervision().rectifications()).hasSizeGreaterThanOrEqualTo(4);
        wb.demoData().remove();
        assertThat(wb.supervision().all()).isEmpty();
        assertThat(wb.supervision().rectifications()).isEmpty();
        assertThat(wb.dbCheck().run()).isEmpty();
    }

    /** Reads the highest number of a year. */
    static final class SupervisionRepositoryNumbers {
        static int max(Workbench wb, int year) {
            return wb.supervision().all().stream().filter(i -> i.year() == year).mapToInt(SupervisionItem::number)
                    .max().orElse(0);
        }
    }

    @Test
    void aClerkOfTheLeadUnitReportsProgressAndAClerkOfAnotherUnitIsRefused() {
        SupervisionItem item = service.assign(service.register(draft(wb, LocalDate.of(2026, 12, 31), null)).id());
        service.start(item.id());
        String lead = item.leadUnitId();
        String other = wb.departments().byCode("SCJ").orElseThrow().id();
        wb.store().signIn(new Principal("c9", "clerk9", cn.quanze.core.domain.Role.CLERK, other));
        try {
            assertThatThrownBy(() -> service.feedback(item.id(), LocalDate.of(2026, 11, 22), "已完成选址", 30, null, null,
                    List.of())).isInstanceOf(PermissionDeniedException.class);
            wb.store().signIn(new Principal("c1", "clerk1", cn.quanze.core.domain.Role.CLERK, lead));
            service.feedback(item.id(), LocalDate.of(2026, 11, 22), "已完成选址", 30, null, null, List.of());
        } finally {
            wb.store().signIn(null);
        }
        assertThat(wb.supervision().feedbackOf(item.id())).extracting(f -> f.content()).contains("已完成选址");
    }
}
