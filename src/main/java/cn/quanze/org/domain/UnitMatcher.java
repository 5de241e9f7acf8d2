package cn.quanze.org.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Which unit is this name?" — the one answer every import uses. A name matches a unit in use by its code, full
 * name, short name or an alias, compared after normalising: full-width to half-width (NFKC), no whitespace of any
 * kind, Latin letters in upper case. When nothing matches exactly, the names are compared again without a leading
 * 区/县/市 and without a trailing 办事处/人民政府 (so 城管执法局 finds 区城管执法局, 天平路街道 finds 天平路街道办事处) —
 * taken only when that finds a single unit. Two or more units answering the same name is an error listing them.
 */
public final class UnitMatcher {
    /** The answer for one name. */
    public sealed interface Match {
        /** The name as written in the file. */
        String text();

        default Optional<Department> unit() {
            return this instanceof Found f ? Optional.of(f.department()) : Optional.empty();
        }
    }

    public record Found(String text, Department department) implements Match {
    }

    /** No unit in use has the name; {@code retired} is a retired unit that had it (to say so), if any. */
    public record Unknown(String text, Optional<Department> retired) implements Match {
    }

    /** Several units in use answer the name; the caller must be told which ones. */
    public record Ambiguous(String text, List<Department> candidates) implements Match {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    private static final String[] PREFIXES = {"区", "县", "市"};
    private static final String[] SUFFIXES = {"办事处", "人民政府"};
    private final Map<String, Set<Department>> exact = new LinkedHashMap<>();
    private final Map<String, Set<Department>> loose = new LinkedHashMap<>();
    private final Map<String, Department> retiredByName = new LinkedHashMap<>();

    private UnitMatcher(Collection<Department> units, LocalDate today) {
        for (Department d : units) {
            if (d.activeOn(today)) {
                for (String key : keysOf(d)) {
                    exact.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(d);
                    for (String v : variants(key)) {
                        loose.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(d);
                    }
                }
            } else {
                keysOf(d).forEach(k -> retiredByName.putIfAbsent(k, d));
            }
        }
    }

    /** A matcher over the units in use on {@code today}; retired ones are only named when a name finds nothing. */
    public static UnitMatcher of(Collection<Department> units, LocalDate today) {
        return new UnitMatcher(units, today);
    }

    public Match match(String text) {
        String key = normalize(text);
        if (key.isEmpty()) {
            return new Unknown(text == null ? "" : text, Optional.empty());
        }
        Set<Department> hit = exact.get(key);
        if (hit == null) {
            Set<Department> union = new LinkedHashSet<>();
            for (String v : variants(key)) {
                union.addAll(loose.getOrDefault(v, Set.of()));
            }
            hit = union.isEmpty() ? null : union;
        }
        if (hit == null) {
            return new Unknown(text, Optional.ofNullable(retiredByName.get(key)));
        }
        if (hit.size() > 1) {
            return new Ambiguous(text, new ArrayList<>(hit));
        }
        return new Found(text, hit.iterator().next());
    }

    /** The unit the name stands for, when exactly one does. */
    public Optional<Department> find(String text) {
        return match(text).unit();
    }

    /** The normalised form names are compared in: NFKC (full-width → half-width), no whitespace, upper case. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b')
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The unit's names as the matcher compares them (code, full name, short name, aliases, normalised): what a unit
     * chooser searches when the user types part of a name.
     */
    public static List<String> keysOf(Department d) {
        List<String> keys = new ArrayList<>();
        for (String s : names(d)) {
            String k = normalize(s);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static List<String> names(Department d) {
        List<String> out = new ArrayList<>();
        out.add(d.code());
        out.add(d.name());
        out.add(d.shortName());
        out.addAll(d.aliases());
        return out;
    }

    /** The name itself and its forms without a leading 区/县/市 or a trailing 办事处/人民政府. */
    static Set<String> variants(String key) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        for (String p : PREFIXES) {
            if (key.startsWith(p) && key.length() > p.length() + 1) {
                out.add(key.substring(p.length()));
            }
        }
        for (String base : List.copyOf(out)) {
            for (String suffix : SUFFIXES) {
                if (base.endsWith(suffix) && base.length() > suffix.length() + 1) {
                    out.add(base.substring(0, base.length() - suffix.length()));
                }
            }
        }
        return out;
    }
}
