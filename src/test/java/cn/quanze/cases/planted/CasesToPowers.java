package cn.quanze.cases.planted;

/** Planted violation: the other half of a cycle between two features. */
public final class CasesToPowers {
    public cn.quanze.powers.planted.PowersToCases there;
}
