package cn.quanze.supervision.data;

import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.core.domain.Ids;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.supervision.domain.Dispatch;
import cn.quanze.supervision.domain.Dispatch.DispatchRole;
import cn.quanze.supervision.domain.Rectification;
import cn.quanze.supervision.domain.SupervisionItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 交办 to other offices inside the unit of work that assigns (or re-assigns) an item: every lead or cooperating unit
 * that is a sub-district or town office (its unit code is the office code) gets a {@link Dispatch}, which travels to
 * that office in the next sync file; so does a 整改 item owned by such a unit. A unit that already has an active
 * dispatch for the item (or the 整改) gets no second one.
 */
public final class AssignmentDispatcher {
    private AssignmentDispatcher() {
    }

    /** The office code of a unit that is another office, if it is one. */
    static Optional<String> officeOf(UnitOfWork uow, String unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        return uow.find(cn.quanze.org.data.OrgRecords.DEPARTMENT, unitId)
                .filter(d -> d.kind() == UnitKind.SUBDISTRICT || d.kind() == UnitKind.TOWN)
                .map(d -> d.code());
    }

    static String ownOffice(UnitOfWork uow) {
        return uow.query("SELECT value FROM node_setting WHERE id = ?", OfficeSettings.OFFICE_CODE).stream()
                .findFirst().map(r -> r.str("value")).orElse("");
    }

    /** Dispatches the assigned item to the units that are offices; returns the new dispatches. */
    public static List<Dispatch> dispatch(UnitOfWork uow, SupervisionItem item, LocalDate on) {
        List<Dispatch> out = new ArrayList<>();
        if (item.assignedOn() == null) {
            return out;
        }
        one(uow, item, item.leadUnitId(), DispatchRole.LEAD, on).ifPresent(out::add);
        for (String unit : item.cooperatingUnitIds()) {
            one(uow, item, unit, DispatchRole.COOPERATING, on).ifPresent(out::add);
        }
        return out;
    }

    /** 整改 owned by a unit that is another office: dispatched to it with the problem and measures as requirements. */
    static Optional<Dispatch> rectification(UnitOfWork uow, Rectification r, LocalDate on) {
        Optional<String> office = officeOf(uow, r.ownerUnitId());
        if (r.itemId() == null || office.isEmpty() || office.get().equals(ownOffice(uow))
                || !uow.query("SELECT 1 FROM supervision_dispatch WHERE rectification_id = ? AND unit_id = ? AND "
                + "active = 1", r.id(), r.ownerUnitId()).isEmpty()) {
            return Optional.empty();
        }
        String requirements = r.measures() == null ? r.problem() : r.problem() + "\n" + r.measures();
        Dispatch d = new Dispatch(Ids.newId(), r.itemId(), ownOffice(uow), r.ownerUnitId(), office.get(),
                DispatchRole.LEAD, on, r.deadline(), requirements, true, 0, 0, null, null, null, r.id());
        uow.put(AssignmentRecords.DISPATCH, d);
        return Optional.of(d);
    }

    static Optional<Dispatch> one(UnitOfWork uow, SupervisionItem item, String unitId, DispatchRole role,
                                  LocalDate on) {
        Optional<String> office = officeOf(uow, unitId);
        String self = ownOffice(uow);
        if (office.isEmpty() || office.get().equals(self) || !uow.query("SELECT 1 FROM supervision_dispatch "
                + "WHERE item_id = ? AND unit_id = ? AND active = 1 AND rectification_id IS NULL", item.id(), unitId)
                .isEmpty()) {
            return Optional.empty();
        }
        Dispatch d = new Dispatch(Ids.newId(), item.id(), self, unitId, office.get(), role, on, item.deadline(),
                item.content(), true, 0, 0, null, null, null, null);
        uow.put(AssignmentRecords.DISPATCH, d);
        return Optional.of(d);
    }
}
