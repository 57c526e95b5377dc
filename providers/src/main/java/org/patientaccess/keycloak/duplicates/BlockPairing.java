package org.patientaccess.keycloak.duplicates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.patientaccess.keycloak.core.ScanKey;
import org.patientaccess.keycloak.core.ScanRow;
import org.patientaccess.keycloak.keys.BirthDateTypos;
import org.patientaccess.keycloak.keys.NameKey;

/**
 * Which records of one block (the records sharing a pass's key) are worth scoring against each
 * other. A name's block (all the "Smiths") is too big to pair whole, so it is cut into sub-blocks
 * that still hold every slip: the birth date's sorted digits (the exact date and all its
 * transpositions), its month and day (the right day a year off) and, in the surname's pass, the
 * given name's sound (the same names with any date, or none). A block of a birth date, email or phone
 * is paired whole, unless it is so big that its key says little (a clinic's own email on many records).
 */
final class BlockPairing {

    /** The largest block of a date, email or phone, and of the same names, that is paired whole. */
    static final int BLOCK_CAP = 50;
    /**
     * The largest date sub-block of a name's block that is paired: such a sub-block is small (the
     * records sounding alike born on one date or its slips); the cap only guards against a pathological one.
     */
    static final int DATE_SUB_BLOCK_CAP = 500;

    private BlockPairing() {
    }

    /** The distinct pairs of records of {@code block} (all with one value of {@code key}) to score. */
    static List<ScanRow[]> pairsToScore(ScanKey key, List<ScanRow> block) {
        Set<String> seen = new HashSet<>();
        List<ScanRow[]> pairs = new ArrayList<>();
        switch (key) {
            case LAST_NAME_PHONETIC, FIRST_NAME_PHONETIC -> {
                List<ScanRow> dated = block.stream().filter(row -> row.details().birthDate() != null).toList();
                for (List<ScanRow> sub : subBlocks(dated, row -> BirthDateTypos.digitsKey(row.details().birthDate()))) {
                    pairWithin(sub, DATE_SUB_BLOCK_CAP, BlockPairing::anyPair, seen, pairs);
                }
                // The same day and month: only a year apart is worth scoring (the same year is the same
                // date, paired above; years further apart are a different date). At a million records
                // these sub-blocks are large, and this keeps them from dominating the scan.
                for (List<ScanRow> sub : subBlocks(dated, row -> row.details().birthDate().toString().substring(5))) {
                    pairWithin(sub, DATE_SUB_BLOCK_CAP, BlockPairing::aYearApart, seen, pairs);
                }
                if (key == ScanKey.LAST_NAME_PHONETIC) {
                    for (List<ScanRow> sub : subBlocks(block, row -> NameKey.phonetic(row.details().firstName()))) {
                        pairWithin(sub, BLOCK_CAP, BlockPairing::anyPair, seen, pairs);
                    }
                }
            }
            case BIRTH_DATE, EMAIL, PHONE -> pairWithin(block, BLOCK_CAP, BlockPairing::anyPair, seen, pairs);
        }
        return pairs;
    }

    private static List<List<ScanRow>> subBlocks(List<ScanRow> rows, Function<ScanRow, String> key) {
        Map<String, List<ScanRow>> subBlocks = new LinkedHashMap<>();
        for (ScanRow row : rows) {
            subBlocks.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return List.copyOf(subBlocks.values());
    }

    private static boolean anyPair(ScanRow a, ScanRow b) {
        return true;
    }

    private static boolean aYearApart(ScanRow a, ScanRow b) {
        return Math.abs(a.details().birthDate().getYear() - b.details().birthDate().getYear()) == 1;
    }

    private static void pairWithin(List<ScanRow> rows, int cap, BiPredicate<ScanRow, ScanRow> worthScoring, Set<String> seen,
            List<ScanRow[]> into) {
        if (rows.size() < 2 || rows.size() > cap) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                ScanRow a = rows.get(i);
                ScanRow b = rows.get(j);
                if (!worthScoring.test(a, b)) {
                    continue;
                }
                String pair = a.id().compareTo(b.id()) < 0 ? a.id() + " " + b.id() : b.id() + " " + a.id();
                if (seen.add(pair)) {
                    into.add(new ScanRow[] {a, b});
                }
            }
        }
    }
}
