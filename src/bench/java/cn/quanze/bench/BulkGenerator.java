package cn.quanze.bench;

import cn.quanze.core.domain.Ids;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerType;
import cn.quanze.powers.data.PowerRecords;
import cn.quanze.core.db.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Generated registers of realistic size for benchmarks and the crash test: each batch is one department with
 * {@code size} power items (legal bases, process steps, service guide filled in) imported in ONE unit of work,
 * so a batch is in the database completely or not at all. Codes are {@code G<tag>-<batch>-<n>}.
 */
public final class BulkGenerator {
    private final Store store;
    private final Random random;

    public BulkGenerator(Store store, long seed) {
        this.store = store;
        this.random = new Random(seed);
    }

    /** The department and power items of one batch, not yet written. */
    public record Batch(Department department, List<PowerItem> items) {
    }

    public Batch batch(String tag, int number, int size) {
        String prefix = "G" + tag + "-" + number;
        Department d = new Department(Ids.newId(), prefix, "生成单位" + prefix, null, UnitKind.DEPARTMENT, false);
        List<PowerItem> items = new ArrayList<>(size);
        PowerType[] types = PowerType.values();
        for (int i = 0; i < size; i++) {
            int limit = 5 + random.nextInt(40);
            items.add(new PowerItem(Ids.newId(), prefix + "-" + i, "生成事项" + i + "：对" + word() + "的" + word() + "许可",
                    types[random.nextInt(types.length)], null, d.id(), "审批科", OfficeLevel.DISTRICT, limit,
                    Math.max(1, limit / 2), null,
                    List.of(new PowerItem.LegalBasis("《中华人民共和国行政许可法》", "第" + (1 + random.nextInt(80)) + "条",
                            "行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。" + word())),
                    List.of(),
                    List.of(new PowerItem.ProcessStep("受理", "窗口", 1), new PowerItem.ProcessStep("审查", "科室", limit / 2),
                            new PowerItem.ProcessStep("决定", "分管领导", 2)),
                    new PowerItem.ServiceGuide("申请人符合条件", "申请书；身份证明；" + word(), "区行政服务中心" + (1 + random.nextInt(9))
                            + "号窗口", "工作日 9:00-17:00", "021-6" + (1000000 + random.nextInt(8999999)), "12345"),
                    PowerStatus.ACTIVE, null, false));
        }
        return new Batch(d, items);
    }

    /** Writes {@code batches} batches, each in its own transaction; {@code committed} hears each number. */
    public void run(String tag, int batches, int size, IntConsumer committed) {
        for (int b = 0; b < batches; b++) {
            Batch batch = batch(tag, b, size);
            store.run("bench.generate", uow -> {
                uow.put(cn.quanze.org.data.OrgRecords.DEPARTMENT, batch.department());
                batch.items().forEach(p -> uow.put(PowerRecords.POWER_ITEM, p));
            });
            committed.accept(b);
        }
    }

    private String word() {
        String[] words = {"食品经营", "建筑施工", "户外广告", "占道施工", "排水接管", "娱乐场所", "民办学校", "医疗机构",
            "燃气经营", "道路运输", "绿化迁移", "消防设施"};
        return words[random.nextInt(words.length)];
    }
}
