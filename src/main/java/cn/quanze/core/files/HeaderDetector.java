package cn.quanze.core.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the real header row of a published list — below title rows, under merged group headers — and maps
 * its columns to fields by synonyms. Entity-agnostic: each import passes its own {@link FieldSpec}s.
 *
 * <p>Matching compares normalized texts (whitespace, line breaks, asterisks, brackets and their content
 * removed): an exact synonym beats a header that merely contains a synonym, longer synonyms beat shorter
 * ones, and a column whose own text matches nothing may take the field named by the merged group header
 * above it. A remembered mapping (normalized header → field) from an earlier import wins over synonyms.
 */
public final class HeaderDetector {
    private static final Pattern BRACKETS = Pattern.compile("[（(【\\[].*?[）)】\\]]");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000*＊:：、/／·.．]");
    private static final int SCAN_ROWS = 30;
    private final List<FieldSpec> fields;
    private final int minimumFields;
    private final Map<String, String> remembered;

    public HeaderDetector(List<FieldSpec> fields, int minimumFields, Map<String, String> remembered) {
        this.fields = List.copyOf(fields);
        this.minimumFields = minimumFields;
        this.remembered = Map.copyOf(remembered);
    }

    public HeaderDetector(List<FieldSpec> fields) {
        this(fields, 2, Map.of());
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = BRACKETS.matcher(header).replaceAll("");
        s = NOISE.matcher(s).replaceAll("");
        return s.isEmpty() ? NOISE.matcher(header).replaceAll("") : s;
    }

    /** The best header row among the first rows of the sheet, if any row names enough fields. */
    public Optional<HeaderMatch> detect(SheetData sheet) {
        HeaderMatch best = null;
        int limit = Math.min(sheet.rows().size(), SCAN_ROWS);
        for (int r = 0; r < limit; r++) {
            if (sheet.isBlankRow(r)) {
                continue;
            }
            Map<String, Integer> cols = mapRow(sheet, r);
            boolean lowerLevel = best != null && best.headerRow() == r - 1 && cols.size() == best.columns().size();
            if (cols.size() >= minimumFields && (best == null || cols.size() > best.columns().size() || lowerLevel)) {
                best = new HeaderMatch(sheet, r, cols);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every sheet that has a header, in workbook order. */
    public List<HeaderMatch> detectAll(List<SheetData> sheets) {
        List<HeaderMatch> out = new ArrayList<>();
        for (SheetData s : sheets) {
            detect(s).ifPresent(out::add);
        }
        return out;
    }

    private record Candidate(int col, String field, int score) {
    }

    Map<String, Integer> mapRow(SheetData sheet, int row) {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < sheet.width(); c++) {
            String own = normalize(sheet.cell(row, c));
            if (own.isEmpty()) {
                continue;
            }
            String rememberedField = remembered.get(own);
            if (rememberedField != null) {
                candidates.add(new Candidate(c, rememberedField, 100_000));
            }
            boolean ownMatched = false;
            for (FieldSpec f : fields) {
                int s = score(own, f);
                if (s > 0) {
                    candidates.add(new Candidate(c, f.key(), s));
                    ownMatched = true;
                }
            }
            String group = row > 0 && sheet.isGroupHeader(row - 1, c) ? normalize(sheet.cell(row - 1, c)) : "";
            if (!ownMatched && !group.isEmpty() && !group.equals(own)) {
                for (FieldSpec f : fields) {
                    int s = score(group, f);
                    if (s > 0) {
                        candidates.add(new Candidate(c, f.key(), s / 4));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::col));
        Map<String, Integer> chosen = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Candidate cand : candidates) {
            if (!chosen.containsKey(cand.field()) && used.add(cand.col())) {
                chosen.put(cand.field(), cand.col());
            }
        }
        return chosen;
    }

    private static int score(String header, FieldSpec f) {
        int best = 0;
        for (String syn : f.synonyms()) {
            String s = normalize(syn);
            if (header.equals(s)) {
                best = Math.max(best, 1000 + s.length());
            } else if (s.length() >= 2 && header.contains(s) && header.length() <= s.length() + 6) {
                best = Math.max(best, 10 * s.length());
            }
        }
        return best;
    }
}
