package cn.quanze.duties.files.planted;

/** Planted violation: the other half of a cycle inside a feature. */
public final class FilesToData {
    public cn.quanze.duties.data.planted.DataToFiles data;
}
