package cn.quanze.powers.ui.planted;

import cn.quanze.core.db.Store;

/** Planted violation: a pane running a DELETE through the store. */
public final class DeletingView {
    public void clear(Store store) {
        store.run("clear", uow -> uow.query("DELETE FROM power_item"));
    }
}
