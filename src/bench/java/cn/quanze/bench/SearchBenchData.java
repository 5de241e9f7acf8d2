package cn.quanze.bench;

import cn.quanze.core.domain.Ids;
import cn.quanze.cases.domain.CaseBasis;
import cn.quanze.cases.domain.CaseFile;
import cn.quanze.cases.domain.CaseStep;
import cn.quanze.duties.domain.AccountabilityCase;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.DutyStage;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.supervision.domain.FeedbackCycle;
import cn.quanze.supervision.domain.Importance;
import cn.quanze.supervision.domain.SupervisionItem;
import cn.quanze.supervision.domain.SupervisionSource;
import cn.quanze.supervision.domain.SupervisionState;
import cn.quanze.cases.data.CaseRecords;
import cn.quanze.duties.data.DutyRecords;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.core.db.Store;
import cn.quanze.supervision.data.SupervisionRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The global search benchmark's data set, written through the one write path (so the search indexes are built by
 * their triggers exactly as in use): units, power items with legal bases, a duty for every fifth item, cases citing
 * the items, and supervision items, with names drawn from the vocabulary of district power lists. Codes are
 * {@code BM-<unit>-<n>}, case numbers {@code SL-2026-<n>}.
 */
public final class SearchBenchData {
    private static final String[] OBJECTS = {"食品经营", "建设工程", "户外广告", "排污", "危险化学品", "娱乐场所", "道路挖掘",
        "社会团体", "劳务派遣", "民办学校", "医疗机构", "药品零售", "犬只", "燃气经营", "殡葬服务", "养老机构", "网吧", "出租汽车",
        "占道施工", "绿化迁移", "消防设施", "二次供水", "公共场所卫生", "建筑垃圾"};
    private static final String[] ACTIONS = {"许可", "备案", "登记", "监督检查", "违法行为的处罚", "设施的查封", "年度核验"};
    private static final String[] LAWS = {"《中华人民共和国行政许可法》", "《中华人民共和国行政处罚法》", "《中华人民共和国食品安全法》",
        "《城市市容和环境卫生管理条例》", "《上海市户外广告设施管理办法》", "《中华人民共和国大气污染防治法》"};
    private static final String[] APPLICANTS = {"上海味源餐饮管理有限公司", "徐汇区康桥便利店", "上海申通市政工程有限公司",
        "上海汇明广告有限公司", "上海启明学校筹备组", "上海安康养老服务中心", "上海利民燃气有限公司", "上海绿城物业管理有限公司"};
    private static final String[] TASKS = {"推进{0}专项整治", "落实{0}安全隐患排查", "开展{0}联合执法检查", "优化{0}审批服务",
        "加强{0}事中事后监管", "办理关于{0}的群众投诉"};
    private static final int BATCH = 5000;

    private final Store store;
    private final Random random = new Random(20261122);

    public SearchBenchData(Store store) {
        this.store = store;
    }

    /** How many of each kind were written. */
    public record Counts(int units, int powers, int duties, int cases, int supervision) {
    }

    /** Writes the data set in transactions of 5,000 records; {@code progress} hears each committed batch. */
    public Counts generate(int units, int powers, int cases, int supervision, Consumer<String> progress) {
        List<Department> depts = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            String code = String.format("U%03d", i);
            String object = OBJECTS[i % OBJECTS.length];
            depts.add(new Department(Ids.newId(), code, "区" + object + "管理局" + (i / OBJECTS.length + 1) + "分局",
                    object + "局", UnitKind.DEPARTMENT, false));
        }
        store.run("bench.search.units", uow -> depts.forEach(d -> uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, d)));
        List<PowerItem> items = new ArrayList<>(powers);
        int duties = 0;
        for (int start = 0; start < powers; start += BATCH) {
            List<PowerItem> batch = new ArrayList<>();
            for (int i = start; i < Math.min(powers, start + BATCH); i++) {
                batch.add(power(i, depts.get(random.nextInt(depts.size()))));
            }
            List<Duty> batchDuties = batch.stream().filter(p -> codeNumber(p) % 5 == 0).map(this::duty).toList();
            duties += batchDuties.size();
            store.run("bench.search.powers", uow -> {
                batch.forEach(p -> uow.put(PowerRecords.POWER_ITEM, p));
                batchDuties.forEach(d -> uow.put(DutyRecords.DUTY, d));
            });
            items.addAll(batch);
            progress.accept("power_item " + items.size());
        }
        for (int start = 0; start < cases; start += BATCH) {
            int from = start;
            int to = Math.min(cases, start + BATCH);
            store.run("bench.search.cases", uow -> {
                for (int i = from; i < to; i++) {
                    uow.put(CaseRecords.CASE_FILE, caseFile(i, items.get(random.nextInt(items.size()))));
                }
            });
            progress.accept("case_file " + to);
        }
        for (int start = 0; start < supervision; start += BATCH) {
            int from = start;
            int to = Math.min(supervision, start + BATCH);
            store.run("bench.search.supervision", uow -> {
                for (int i = from; i < to; i++) {
                    uow.put(SupervisionRecords.SUPERVISION_ITEM, item(i, depts.get(random.nextInt(depts.size()))));
                }
            });
            progress.accept("supervision_item " + to);
        }
        return new Counts(units, powers, duties, cases, supervision);
    }

    private static int codeNumber(PowerItem p) {
        return Integer.parseInt(p.code().substring(p.code().lastIndexOf('-') + 1));
    }

    private PowerItem power(int i, Department d) {
        String object = OBJECTS[random.nextInt(OBJECTS.length)];
        Integer legal = random.nextInt(4) == 0 ? null : 5 + random.nextInt(40);
        return new PowerItem(Ids.newId(), "BM-" + d.code() + "-" + String.format("%06d", i),
                "对" + object + ACTIONS[random.nextInt(ACTIONS.length)] + "（" + (i + 1) + "）",
                PowerType.values()[random.nextInt(PowerType.values().length)], null, d.id(), d.shortName() + "业务科",
                null, legal, legal == null ? null : Math.max(1, legal / 2), null,
                List.of(new PowerItem.LegalBasis(LAWS[random.nextInt(LAWS.length)], "第" + (1 + random.nextInt(80)) + "条",
                        "有关" + OBJECTS[random.nextInt(OBJECTS.length)] + "的规定，由" + d.name() + "依法实施。")),
                null, List.of(new PowerItem.ProcessStep("受理", "窗口受理岗", 1), new PowerItem.ProcessStep("审查",
                        "业务审核岗", 2)), null, PowerStatus.ACTIVE, null, false);
    }

    private Duty duty(PowerItem p) {
        List<Duty.StageDuty> stages = new ArrayList<>();
        for (DutyStage s : DutyStage.standardFor(p.type())) {
            stages.add(new Duty.StageDuty(s, s.dutyName() + "：" + p.name() + "依法履行" + s.officialName()
                    + "程序，全面、客观、公正，按时限办结并留存记录。", LAWS[random.nextInt(LAWS.length)]));
        }
        return new Duty(Ids.newId(), p.id(), stages, List.of(new AccountabilityCase(1,
                "对符合法定条件的" + p.name() + "申请不予受理的", "《中华人民共和国行政许可法》第七十二条")), null, false);
    }

    private CaseFile caseFile(int i, PowerItem p) {
        int legal = p.legalLimitDays() == null ? 20 : p.legalLimitDays();
        return new CaseFile(Ids.newId(), String.format("SL-2026-%06d", i + 1), p.id(), CaseBasis.POWER, null,
                APPLICANTS[random.nextInt(APPLICANTS.length)] + "（" + (i % 997 + 1) + "）",
                p.name().replaceFirst("（\\d+）$", "") + "申请", LocalDate.of(2026, 1, 5).plusDays(random.nextInt(320)),
                legal, p.promisedLimitDays(), p.departmentId(), "窗口受理岗", "经办人" + (i % 50 + 1),
                List.of(new CaseStep("受理", "窗口", 1), new CaseStep("审查", "审核", 3)), false);
    }

    private SupervisionItem item(int i, Department lead) {
        String title = TASKS[random.nextInt(TASKS.length)].replace("{0}", OBJECTS[random.nextInt(OBJECTS.length)]);
        LocalDate assigned = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(200));
        return new SupervisionItem(Ids.newId(), 2026, i + 1, SupervisionSource.values()[random.nextInt(
                SupervisionSource.values().length)], "徐府办〔2026〕" + (i % 300 + 1) + "号", assigned, title,
                title + "，" + lead.name() + "牵头，按月报送进展。", Importance.NORMAL, lead.id(), List.of(),
                "副区长" + (i % 7 + 1), null, assigned, assigned.plusDays(90 + random.nextInt(200)), null, List.of(),
                FeedbackCycle.MONTHLY, 25, SupervisionState.IN_PROGRESS, assigned, null, null, random.nextInt(90), false);
    }
}
