package cn.quanze.core.files;

import java.util.List;

/**
 * One field an import understands: a stable key (also the key of a remembered mapping), the label shown to
 * the user, the header texts that mean it (synonyms, compared after {@link HeaderDetector#normalize}), and
 * whether a row without it is invalid.
 */
public record FieldSpec(String key, String label, List<String> synonyms, boolean required) {
    public FieldSpec {
        synonyms = List.copyOf(synonyms);
    }

    public static FieldSpec required(String key, String label, String... synonyms) {
        return new FieldSpec(key, label, List.of(synonyms), true);
    }

    public static FieldSpec optional(String key, String label, String... synonyms) {
        return new FieldSpec(key, label, List.of(synonyms), false);
    }
}
