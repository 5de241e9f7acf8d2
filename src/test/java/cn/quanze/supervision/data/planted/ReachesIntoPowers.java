package cn.quanze.supervision.data.planted;

/** Planted violation: supervision using the power list's file format (internal to powers). */
public final class ReachesIntoPowers {
    public cn.quanze.powers.files.PowerExport export;
}
