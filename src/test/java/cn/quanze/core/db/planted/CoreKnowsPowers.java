package cn.quanze.core.db.planted;

/** Planted violation: core knowing a feature's type. */
public final class CoreKnowsPowers {
    public cn.quanze.powers.domain.PowerItem item;
}
