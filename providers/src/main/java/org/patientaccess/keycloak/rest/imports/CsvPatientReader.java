package org.patientaccess.keycloak.rest.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.importing.ImportRow;

/**
 * Reads {@code text/csv} whose header row names the API's fields. Columns of read-only fields
 * (an export's id, status, timestamps) are accepted and ignored; any other column is an error.
 */
public final class CsvPatientReader {

    private static final Set<String> WRITABLE_COLUMNS = Set.of("externalId", "firstName", "lastName", "birthDate", "email", "phone");

    private static final Set<String> READ_ONLY_COLUMNS =
            Set.of("id", "status", "mergedInto", "source", "emailSource", "createdAt", "updatedAt", "version");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CsvPatientReader() {
    }

    public static List<ImportRow> read(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(stripByteOrderMark(csv)), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            List<ImportRow> rows = new ArrayList<>();
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                if (!record.isConsistent()) {
                    rows.add(ImportRow.unreadable(row, null,
                            "row has " + record.size() + " values but the header names " + header.size() + " columns"));
                    continue;
                }
                rows.add(ImportRow.of(row, new PatientInput(value(record, header, "externalId"), value(record, header, "firstName"),
                        value(record, header, "lastName"), value(record, header, "birthDate"), value(record, header, "email"),
                        value(record, header, "phone"))));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(null, "body is not readable CSV with a header row");
        }
    }

    private static String value(CSVRecord record, List<String> header, String column) {
        return header.contains(column) ? record.get(column) : null;
    }

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw new InvalidInputException(null, "the first line must name the columns");
        }
        for (String column : header) {
            if (!WRITABLE_COLUMNS.contains(column) && !READ_ONLY_COLUMNS.contains(column)) {
                throw new InvalidInputException(column, "unknown column '" + column + "'; columns are "
                        + String.join(", ", new TreeSet<>(WRITABLE_COLUMNS)));
            }
        }
        if (!header.contains("externalId")) {
            throw new InvalidInputException("externalId", "an import needs an externalId column");
        }
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
