package org.patientaccess.keycloak.rest.admin;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.keycloak.models.KeycloakSession;
import org.patientaccess.keycloak.history.HistoryActions;
import org.patientaccess.keycloak.rest.representation.HistoryPageRepresentation;

/**
 * A patient's history as CSV (RFC 4180): one row per entry, newest first, with a column per actor field
 * and per detail, so that every row has the same columns whatever its action. The family's Activity
 * export writes its own columns with {@link #table}.
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    static String write(List<HistoryPageRepresentation.Entry> entries) {
        List<String> header = new ArrayList<>(List.of("time", "action", "actorUserId", "actorUsername"));
        header.addAll(HistoryActions.DETAIL_NAMES);
        List<List<String>> rows = new ArrayList<>();
        for (HistoryPageRepresentation.Entry entry : entries) {
            List<String> row = new ArrayList<>();
            row.add(entry.time());
            row.add(entry.action());
            row.add(entry.actor() == null ? null : entry.actor().userId());
            row.add(entry.actor() == null ? null : entry.actor().username());
            HistoryActions.DETAIL_NAMES.forEach(name -> row.add(entry.details().get(name)));
            rows.add(row);
        }
        return table(header, rows);
    }

    /**
     * Whether the caller asked for CSV: {@code format=csv}, or an Accept header preferring it to JSON (a
     * browser's or a client's {@code *}/{@code *} gets JSON).
     */
    public static boolean wanted(KeycloakSession session, String format) {
        if ("csv".equals(format)) {
            return true;
        }
        for (MediaType type : session.getContext().getRequestHeaders().getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(PatientsResource.CSV))) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** A header and rows as CSV, each cell guarded against a spreadsheet running it ({@link #cell}): the staff's export and the family's. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(HistoryCsv::cell).toList());
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
