package org.patientaccess.keycloak.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patientaccess.keycloak.core.ScanRow;

/**
 * A page of records read in order of a key, cut into blocks (consecutive records with one value).
 * When the page was full, its last block may go on in the next page: it is left for that page, so
 * that every block is scored whole, and the cursor (the last complete key) never splits one.
 *
 * @param blocks the complete blocks, in order
 * @param cursor the key of the last complete block; null when there is none
 * @param tooBigKey the key of a block that filled the whole page (to be read on its own); null otherwise
 */
record ScanPage(List<List<ScanRow>> blocks, String cursor, String tooBigKey) {

    static ScanPage of(List<ScanRow> rows, boolean full) {
        Map<String, List<ScanRow>> byKey = new LinkedHashMap<>();
        for (ScanRow row : rows) {
            byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        if (full && keys.size() == 1) {
            return new ScanPage(List.of(), null, keys.get(0));
        }
        if (full) {
            keys.remove(keys.size() - 1);
        }
        return new ScanPage(keys.stream().map(byKey::get).toList(), keys.isEmpty() ? null : keys.get(keys.size() - 1), null);
    }

    /** How many records the complete blocks hold. */
    int records() {
        return blocks.stream().mapToInt(List::size).sum();
    }
}
