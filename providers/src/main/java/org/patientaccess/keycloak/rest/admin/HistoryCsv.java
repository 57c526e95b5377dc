package org.patientaccess.keycloak.rest.admin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.patientaccess.keycloak.history.HistoryActions;
import org.patientaccess.keycloak.rest.representation.HistoryPageRepresentation;

/**
 * A patient's history as CSV (RFC 4180): one row per entry, newest first, with a column per actor field
 * and per detail, so that every row has the same columns whatever its action.
 */
final class HistoryCsv {

    private HistoryCsv() {
    }

    static String write(List<HistoryPageRepresentation.Entry> entries) {
        List<String> header = new ArrayList<>(List.of("time", "action", "actorUserId", "actorUsername"));
        header.addAll(HistoryActions.DETAIL_NAMES);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (HistoryPageRepresentation.Entry entry : entries) {
                List<String> row = new ArrayList<>();
                row.add(entry.time());
                row.add(entry.action());
                row.add(entry.actor() == null ? null : entry.actor().userId());
                row.add(entry.actor() == null ? null : cell(entry.actor().username()));
                HistoryActions.DETAIL_NAMES.forEach(name -> row.add(cell(entry.details().get(name))));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A value a spreadsheet would run as a formula (a username chosen at registration could be
     * {@code =HYPERLINK(…)}) is written with a leading apostrophe, which spreadsheets show as text.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
