package cn.quanze.duties.data;

import cn.quanze.core.db.Store;
import cn.quanze.core.db.UnitOfWork;
import cn.quanze.duties.domain.AssistanceItem;
import cn.quanze.duties.domain.BlockDuties;
import cn.quanze.duties.domain.DepartmentDuties;
import cn.quanze.duties.domain.Duty;
import cn.quanze.duties.domain.Post;

/** Writes to the responsibility catalog, each through the one write path with an audit action name. */
public final class DutyCatalog {
    private final Store store;

    public DutyCatalog(Store store) {
        this.store = store;
    }

    public UnitOfWork.Outcome save(Duty duty) {
        return store.write("duty.save", uow -> uow.put(DutyRecords.DUTY, duty));
    }

    public UnitOfWork.Outcome save(DepartmentDuties duties) {
        return store.write("duty.department.save", uow -> uow.put(DutyRecords.DEPARTMENT_DUTIES, duties));
    }

    public UnitOfWork.Outcome save(BlockDuties duties) {
        return store.write("duty.block.save", uow -> uow.put(DutyRecords.BLOCK_DUTIES, duties));
    }

    public UnitOfWork.Outcome save(Post post) {
        return store.write("duty.post.save", uow -> uow.put(DutyRecords.POST, post));
    }

    public boolean deletePost(String id) {
        return store.write("duty.post.delete", uow -> uow.delete(DutyRecords.POST, id));
    }

    public UnitOfWork.Outcome save(AssistanceItem item) {
        return store.write("duty.assistance.save", uow -> uow.put(DutyRecords.ASSISTANCE, item));
    }

    public boolean deleteAssistance(String id) {
        return store.write("duty.assistance.delete", uow -> uow.delete(DutyRecords.ASSISTANCE, id));
    }
}
