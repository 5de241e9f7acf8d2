package cn.quanze.duties.data.planted;

/** Planted violation: one half of a cycle inside a feature (data ↔ files). */
public final class DataToFiles {
    public cn.quanze.duties.files.planted.FilesToData files;
}
