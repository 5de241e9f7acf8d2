package cn.quanze.powers.data;

import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.domain.Ids;
import cn.quanze.powers.domain.AdjustmentKind;
import cn.quanze.powers.domain.PowerAdjustment;
import cn.quanze.powers.domain.PowerItem;
import cn.quanze.powers.domain.PowerListException;
import cn.quanze.powers.domain.PowerRules;
import cn.quanze.powers.domain.PowerStatus;
import cn.quanze.powers.domain.PowerViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes to the power list. Every change is an adjustment (新增, 变更, 取消, 下放, 合并) recorded beside the item in
 * the same unit of work, so the item's history shows both the decision (文号, reason, date) and the field changes.
 */
public final class PowerListService {
    private final Store store;
    private final Clock clock;

    public PowerListService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * 实施层级 a new item starts with: this office's level (街道 at a sub-district, whose own list is 街道 level), 区
     * before the office is set. Reads the database: call it off the JavaFX thread.
     */
    public cn.quanze.core.domain.OfficeLevel defaultLevel() {
        return new cn.quanze.core.db.OfficeSettings(store).get(cn.quanze.core.db.OfficeSettings.OFFICE_LEVEL)
                .map(cn.quanze.core.domain.OfficeLevel::valueOf).orElse(cn.quanze.core.domain.OfficeLevel.DISTRICT);
    }

    /** The details of an adjustment decision. */
    public record Decision(String docNo, String reason, LocalDate effectiveDate) {
    }

    /** 新增: a new item (or sub-item), checked against the rules and the codes in use. */
    public PowerItem create(PowerItem item, Decision d) {
        return store.write("powers.create", uow -> {
            check(uow, item);
            uow.put(PowerRecords.POWER_ITEM, item);
            record(uow, item.id(), AdjustmentKind.ADD, d, null);
            return item;
        });
    }

    /** 变更: edited fields of an existing item. Returns false when nothing changed (and nothing is written). */
    public boolean change(PowerItem edited, Decision d) {
        return store.write("powers.change", uow -> {
            check(uow, edited);
            if (uow.put(PowerRecords.POWER_ITEM, edited) == UnitOfWork.Outcome.UNCHANGED) {
                return false;
            }
            record(uow, edited.id(), AdjustmentKind.CHANGE, d, null);
            return true;
        });
    }

    /**
     * 取消, 下放, 合并: changes the status of the item and of its sub-items, recording the adjustment on each.
     * A merge names the item merged into, which must be another item in use.
     */
    public void adjust(String powerId, AdjustmentKind kind, Decision d, String targetId) {
        if (kind == AdjustmentKind.ADD || kind == AdjustmentKind.CHANGE) {
            throw new IllegalArgumentException(kind + " goes through create/change");
        }
        store.run("powers.adjust." + kind.name().toLowerCase(), uow -> {
            PowerItem item = uow.find(PowerRecords.POWER_ITEM, powerId).orElseThrow();
            if (kind == AdjustmentKind.MERGE) {
                Optional<PowerItem> target = targetId == null ? Optional.empty()
                        : uow.find(PowerRecords.POWER_ITEM, targetId);
                if (target.isEmpty() || targetId.equals(powerId) || !PowerRules.citableByNewCase(target.get())) {
                    throw new PowerListException(List.of(PowerViolation.MERGE_TARGET_INVALID));
                }
            }
            List<PowerItem> affected = new ArrayList<>();
            affected.add(item);
            uow.query("SELECT id FROM power_item WHERE parent_id = ?", powerId).forEach(r ->
                    uow.find(PowerRecords.POWER_ITEM, r.str("id")).ifPresent(affected::add));
            for (PowerItem p : affected) {
                if (p.status() != PowerStatus.CANCELLED || p == item) {
                    uow.put(PowerRecords.POWER_ITEM, PowerRules.afterAdjustment(p, kind));
                    record(uow, p.id(), kind, d, targetId);
                }
            }
        });
    }

    /** 恢复在用 is a 变更 of the status back to 在用 (e.g. an item suspended by mistake). */
    public void restore(String powerId, Decision d) {
        store.run("powers.restore", uow -> {
            PowerItem item = uow.find(PowerRecords.POWER_ITEM, powerId).orElseThrow();
            uow.put(PowerRecords.POWER_ITEM, PowerRules.withStatus(item, PowerStatus.ACTIVE));
            record(uow, powerId, AdjustmentKind.CHANGE, d, null);
        });
    }

    static void check(UnitOfWork uow, PowerItem item) {
        List<PowerViolation> problems = new ArrayList<>(PowerRules.validate(item));
        if (item.code() != null && !uow.query("SELECT id FROM power_item WHERE code = ? AND id <> ?", item.code(),
                item.id()).isEmpty()) {
            problems.add(PowerViolation.CODE_DUPLICATE);
        }
        if (item.parentId() != null && !uow.query("SELECT id FROM power_item WHERE id = ? AND parent_id IS NOT NULL",
                item.parentId()).isEmpty()) {
            problems.add(PowerViolation.PARENT_IS_SUB_ITEM);
        }
        if (!problems.isEmpty()) {
            throw new PowerListException(problems);
        }
    }

    private void record(UnitOfWork uow, String powerId, AdjustmentKind kind, Decision d, String targetId) {
        uow.put(PowerRecords.POWER_ADJUSTMENT, new PowerAdjustment(Ids.newId(), powerId, kind, d.docNo(), d.reason(),
                d.effectiveDate() == null ? LocalDate.now(clock) : d.effectiveDate(), targetId, clock.instant(), false));
    }
}
