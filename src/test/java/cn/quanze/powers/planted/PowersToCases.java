package cn.quanze.powers.planted;

/** Planted violation: one half of a cycle between two features. */
public final class PowersToCases {
    public cn.quanze.cases.planted.CasesToPowers back;
}
