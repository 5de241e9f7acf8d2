package cn.quanze.sync;

import cn.quanze.sync.data.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.supervision.domain.Dispatch;
import cn.quanze.supervision.domain.Dispatch.Decision;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.Receipt;
import cn.quanze.supervision.domain.Receipt.RequestKind;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.supervision.domain.TransitionRefused;
import cn.quanze.core.i18n.I18n;
import cn.quanze.supervision.data.AssignmentBoard;
import cn.quanze.core.db.Sql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 交办 between a district and three sub-district offices that share nothing but sync files, delivered out of order,
 * duplicated, and with one file lost and sent again: 20 items are assigned, signed (one given back and re-assigned),
 * decomposed, reported on, put up for completion and extension, approved or returned. At the end every node holds
 * the same supervision records, nothing is duplicated, and the district's roll-up matches each office's database.
 */
class AssignmentSimulationTest {
    private static final String[] OFFICES = {"JD01", "JD02", "JD03"};
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    @TempDir
    Path tmp;
    SyncNode district;
    final Map<String, SyncNode> offices = new LinkedHashMap<>();
    final Random rnd = new Random(11);
    int fileNo;

    @BeforeEach
    void setUp() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        district = new SyncNode(tmp, "qu", "QU", OfficeLevel.DISTRICT);
        for (String code : OFFICES) {
            SyncNode n = new SyncNode(tmp, code.toLowerCase(Locale.ROOT), code, OfficeLevel.SUBDISTRICT);
            n.trust(district);
            district.trust(n);
            offices.put(code, n);
            district.put(SyncNode.DEPT, new Department("u-" + code, code, code + "街道办事处", null,
                    UnitKind.SUBDISTRICT, false));
        }
        district.put(SyncNode.DEPT, new Department("u-D01", "D01", "区住建委", null, UnitKind.DEPARTMENT, false));
    }

    @AfterEach
    void tearDown() {
        district.close();
        offices.values().forEach(SyncNode::close);
    }

    @Test
    void districtAndThreeOfficesEndInTheSameStateWithMatchingRollup() {
        // the district registers and assigns 20 items: lead JD01..JD03 in turn, every fifth with a cooperating office
        for (int i = 0; i < 20; i++) {
            String lead = "u-" + OFFICES[i % 3];
            List<String> coop = i % 5 == 0 ? List.of("u-" + OFFICES[(i + 1) % 3], "u-D01") : List.of("u-D01");
            SupervisionItem draft = new SupervisionItem(null, 0, 0, SupervisionSource.MEETING_DECISION, "区府办〔2026〕" + i
                    + "号", null, "督办事项" + i, "要求" + i, Importance.NORMAL, lead, coop, null, null, null, DEADLINE, null,
                    List.of(), FeedbackCycle.MONTHLY, null, SupervisionState.REGISTERED, null, null, null, 0, false);
            String id = district.wb.supervisionService().register(draft).id();
            district.wb.supervisionService().assign(id);
        }
        assertThat(count(district, "SELECT COUNT(*) FROM supervision_dispatch")).isEqualTo(24);

        // round 1: the file to JD03 is lost; JD02 receives the second file before the first
        Path lost = district.exportTo(offices.get("JD03"));
        Path first = district.exportTo(offices.get("JD02"));
        Path second = district.exportTo(offices.get("JD02"));
        deliver(offices.get("JD02"), second);
        deliver(offices.get("JD02"), first);
        deliver(offices.get("JD01"), district.exportTo(offices.get("JD01")));
        assertThat(offices.get("JD03").wb.assignmentBoard().inbox()).isEmpty();

        // JD01 and JD02 sign everything, except that JD02 gives its first lead item back naming JD03
        String givenBack = null;
        for (String code : List.of("JD01", "JD02")) {
            SyncNode o = offices.get(code);
            List<AssignmentBoard.Line> inbox = o.wb.assignmentBoard().inbox();
            assertThat(inbox).allSatisfy(l -> assertThat(l.dispatch().officeCode()).isEqualTo(code));
            assertThat(inbox).extracting(l -> l.item().sourceDocNo()).doesNotContainNull();
            for (AssignmentBoard.Line l : inbox) {
                if (code.equals("JD02") && givenBack == null && l.dispatch().role() == Dispatch.DispatchRole.LEAD) {
                    givenBack = l.dispatch().id();
                    o.wb.officeAssignments().giveBack(givenBack, "不属于本单位职责", "JD03街道办事处");
                } else {
                    o.wb.officeAssignments().sign(l.dispatch().id());
                }
            }
        }
        exchangeUp();
        // the district: JD03 has not been heard from (its file was lost), JD02's 退回 shows with its reason
        List<AssignmentBoard.Line> rollup = district.wb.assignmentBoard().rollup();
        assertThat(rollup.stream().filter(l -> l.dispatch().officeCode().equals("JD03")))
                .isNotEmpty().allMatch(AssignmentBoard.Line::notYetSynced).allMatch(l -> l.receipt() == null);
        String back = givenBack;
        AssignmentBoard.Line returned = rollup.stream().filter(l -> l.dispatch().id().equals(back)).findFirst().orElseThrow();
        assertThat(returned.receipt().status()).isEqualTo(Receipt.ReceiptStatus.RETURNED);
        assertThat(returned.receipt().suggestedUnit()).isEqualTo("JD03街道办事处");
        Dispatch moved = district.wb.issuerAssignments().reassign(givenBack, "u-JD03", "改由JD03牵头");
        assertThat(moved.officeCode()).isEqualTo("JD03");

        // round 2: the lost file is sent to JD03 again, then the new one; the rest get theirs
        Path newer = district.exportTo(offices.get("JD03"));
        deliver(offices.get("JD03"), lost);
        deliver(offices.get("JD03"), newer);
        exchangeDown();
        SyncNode jd03 = offices.get("JD03");
        assertThat(jd03.wb.assignmentBoard().inbox()).hasSize(8);
        jd03.wb.assignmentBoard().inbox().forEach(l -> jd03.wb.officeAssignments().sign(l.dispatch().id()));

        // the offices decompose, report, ask for completion or an extension
        List<String> completionAsked = new ArrayList<>();
        List<String> extensionAsked = new ArrayList<>();
        for (SyncNode o : offices.values()) {
            int k = 0;
            for (AssignmentBoard.Line l : o.wb.assignmentBoard().received()) {
                if (l.dispatch().role() != Dispatch.DispatchRole.LEAD) {
                    o.wb.officeAssignments().report(l.dispatch().id(), "配合工作已落实", 40);
                    continue;
                }
                String d = l.dispatch().id();
                assertThatThrownBy(() -> o.wb.officeAssignments().addSubtask(d, "城建科", null, "晚于时限",
                        DEADLINE.plusDays(1))).isInstanceOf(TransitionRefused.class)
                        .hasMessageContaining("supervision.assign.refused.subtaskLater");
                var a = o.wb.officeAssignments().addSubtask(d, "城建科", "张三", "摸底排查", DEADLINE.minusDays(20));
                var b = o.wb.officeAssignments().addSubtask(d, "社区办", "李四", "入户宣传", DEADLINE);
                if (k % 2 == 0) {
                    o.wb.officeAssignments().share(d, true);
                }
                o.wb.officeAssignments().subtaskProgress(a.id(), 100, "已完成");
                o.wb.officeAssignments().subtaskProgress(b.id(), 50 + k, null);
                o.wb.officeAssignments().report(d, "按计划推进", 0);
                if (k % 3 == 0) {
                    o.wb.officeAssignments().request(d, RequestKind.COMPLETION, "已全部完成", null);
                    completionAsked.add(d);
                } else if (k % 3 == 1 && extensionAsked.size() < 3) {
                    o.wb.officeAssignments().request(d, RequestKind.EXTENSION, "需协调资金", DEADLINE.plusDays(30));
                    extensionAsked.add(d);
                }
                k++;
            }
        }
        exchangeUp();
        // the district: lead items are in 办理中 / 申请办结 from the offices' receipts; it decides
        for (String d : completionAsked) {
            SupervisionItem item = itemOf(district, d);
            assertThat(item.state()).isEqualTo(SupervisionState.COMPLETION_REQUESTED);
        }
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < completionAsked.size(); i++) {
            boolean approve = i % 2 == 0;
            district.wb.issuerAssignments().decide(completionAsked.get(i), approve ? Decision.COMPLETION_APPROVED
                    : Decision.COMPLETION_RETURNED, approve ? null : "佐证材料不足", null);
            if (approve) {
                approved.add(completionAsked.get(i));
            }
        }
        district.wb.issuerAssignments().decide(extensionAsked.get(0), Decision.EXTENSION_APPROVED, null, null);
        district.wb.issuerAssignments().decide(extensionAsked.get(1), Decision.EXTENSION_REFUSED, "时限不可调整", null);
        assertThat(extensionAsked).hasSize(3);
        district.wb.issuerAssignments().decide(extensionAsked.get(2), Decision.EXTENSION_APPROVED, "批准延期十天",
                DEADLINE.plusDays(10));
        district.wb.supervisionService().urge(itemOf(district, extensionAsked.get(1)).id(), "请按期办结");

        // final rounds, duplicated and shuffled: everyone ends with everything
        exchangeDown();
        exchangeUp();
        exchangeDown();

        String reference = supervisionDump(district);
        for (SyncNode o : offices.values()) {
            assertThat(supervisionDump(o)).as(o.office).isEqualTo(reference);
            assertThat(o.check()).isEmpty();
        }
        assertThat(district.check()).isEmpty();
        assertThat(count(district, "SELECT COUNT(*) FROM supervision_item")).isEqualTo(20);
        assertThat(count(district, "SELECT COUNT(*) FROM (SELECT item_id, unit_id FROM supervision_dispatch WHERE "
                + "active = 1 GROUP BY item_id, unit_id HAVING COUNT(*) > 1)")).isZero();
        assertThat(count(district, "SELECT COUNT(*) FROM supervision_dispatch WHERE active = 1")).isEqualTo(24);
        assertThat(count(district, "SELECT COUNT(*) FROM supervision_subtask")).isZero();
        // each side only wrote its own records: nothing had to become a proposal
        assertThat(count(district, "SELECT COUNT(*) FROM sync_proposal")).isZero();
        offices.values().forEach(o -> assertThat(count(o, "SELECT COUNT(*) FROM sync_proposal")).isZero());

        // states: approved items are 已办结, returned ones back in 办理中, the approved extension moved the deadline
        for (String d : completionAsked) {
            assertThat(itemOf(offices.get(officeOf(d)), d).state()).isEqualTo(approved.contains(d)
                    ? SupervisionState.COMPLETED : SupervisionState.IN_PROGRESS);
        }
        assertThat(itemOf(district, extensionAsked.get(0)).deadline()).isEqualTo(DEADLINE.plusDays(30));
        assertThat(itemOf(district, extensionAsked.get(1)).deadline()).isEqualTo(DEADLINE);
        assertThat(itemOf(district, extensionAsked.get(1)).requestedDeadline()).isNull();
        assertThat(itemOf(offices.get(officeOf(extensionAsked.get(2))), extensionAsked.get(2)).deadline())
                .isEqualTo(DEADLINE.plusDays(10));

        // the 催办 reached the office that asked for the refused extension
        SyncNode urged = offices.get(officeOf(extensionAsked.get(1)));
        assertThat(urged.wb.assignmentBoard().received().stream().filter(l -> l.dispatch().id()
                .equals(extensionAsked.get(1))).findFirst().orElseThrow().lastUrged()).isNotNull();

        // the district's roll-up against a count made directly in each office's database
        List<AssignmentBoard.Line> lines = district.wb.assignmentBoard().rollup();
        for (SyncNode o : offices.values()) {
            List<AssignmentBoard.Line> mine = lines.stream().filter(l -> l.dispatch().officeCode().equals(o.office)
                    && l.dispatch().active()).toList();
            assertThat(mine).noneMatch(AssignmentBoard.Line::notYetSynced);
            assertThat(mine.stream().filter(l -> l.receipt() != null
                    && l.receipt().status() == Receipt.ReceiptStatus.SIGNED).count())
                    .isEqualTo(count(o, "SELECT COUNT(*) FROM supervision_receipt r JOIN supervision_dispatch d ON "
                            + "d.id = r.id WHERE r.status = 'SIGNED' AND d.active = 1 AND d.office_code = '" + o.office + "'"));
            assertThat(mine.stream().mapToInt(l -> l.receipt().progress()).sum())
                    .isEqualTo(count(o, "SELECT COALESCE(SUM(progress), 0) FROM supervision_receipt WHERE office_code = '"
                            + o.office + "' AND status = 'SIGNED'"));
            assertThat(mine.stream().filter(l -> l.dispatch().completed()).count()).isEqualTo(approved.stream()
                    .filter(d -> officeOf(d).equals(o.office)).count());
            assertThat(mine.stream().mapToInt(l -> l.receipt().subtasks().size()).sum())
                    .isEqualTo(count(o, "SELECT COUNT(*) FROM supervision_subtask s JOIN supervision_receipt r ON "
                            + "r.id = s.dispatch_id WHERE r.share_subtasks = 1"));
            assertThat(mine).allMatch(l -> l.receipt().lastFeedbackOn() != null);
        }
        AssignmentBoard.Counts c = district.wb.assignmentBoard().counts(lines);
        assertThat(c.total()).isEqualTo(24);
        assertThat(c.signed()).isEqualTo(24);
        assertThat(c.completed()).isEqualTo(approved.size());
        assertThat(c.pending()).isZero();
    }

    private String officeOf(String dispatchId) {
        return district.get(cn.quanze.supervision.data.AssignmentRecords.DISPATCH, dispatchId).officeCode();
    }

    private static SupervisionItem itemOf(SyncNode n, String dispatchId) {
        return n.get(SyncNode.ITEM, n.get(cn.quanze.supervision.data.AssignmentRecords.DISPATCH, dispatchId).itemId());
    }

    private void deliver(SyncNode to, Path file) {
        ImportReport r = to.importFile(file);
        assertThat(r.status()).as(file.getFileName().toString())
                .isIn(ImportReport.Status.APPLIED, ImportReport.Status.ALREADY_IMPORTED);
    }

    /** Every office sends to the district; delivered in a shuffled order, one of them twice. */
    private void exchangeUp() {
        List<Path> files = new ArrayList<>();
        offices.values().forEach(o -> files.add(o.exportTo(district)));
        files.add(files.get(rnd.nextInt(files.size())));
        Collections.shuffle(files, rnd);
        files.forEach(f -> deliver(district, f));
    }

    private void exchangeDown() {
        List<SyncNode> order = new ArrayList<>(offices.values());
        Collections.shuffle(order, rnd);
        for (SyncNode o : order) {
            Path f = district.exportTo(o);
            deliver(o, f);
            deliver(o, f);
        }
    }

    private static long count(SyncNode n, String sql) {
        return n.wb.store().read(c -> Sql.count(c, sql));
    }

    /** The records both sides must agree on (sub-tasks stay with their office). */
    private static String supervisionDump(SyncNode n) {
        String all = n.dump();
        StringBuilder sb = new StringBuilder();
        boolean keep = false;
        for (String line : all.split("\n")) {
            if (line.startsWith("## ")) {
                keep = !line.equals("## supervision_subtask") && !line.equals("## user_account");
            }
            if (keep) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
