package org.patientaccess.keycloak.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.model.ConcurrentChangeException;
import org.patientaccess.keycloak.model.PatientDetails;
import org.patientaccess.keycloak.model.PatientRecord;
import org.patientaccess.keycloak.model.PatientRecordProvider;
import org.patientaccess.keycloak.model.PatientSource;
import org.patientaccess.keycloak.resource.representation.ImportReportRepresentation;
import org.patientaccess.keycloak.resource.representation.ImportReportRepresentation.Failure;
import org.patientaccess.keycloak.validation.FieldError;
import org.patientaccess.keycloak.validation.PatientValidator;

/**
 * Creates or updates patients by external id. Every row is validated before anything is written, so
 * a bad row only adds a failure; the good rows are written in the request's one transaction, which
 * a database error rolls back whole (a clash with another request is a {@link ConcurrentChangeException}).
 */
public final class PatientImporter {

    private final RealmModel realm;
    private final PatientRecordProvider patients;

    public PatientImporter(RealmModel realm, PatientRecordProvider patients) {
        this.realm = realm;
        this.patients = patients;
    }

    public ImportReportRepresentation importRows(List<ImportRow> rows) {
        PatientValidator validator = patients.validator(realm);
        List<Failure> failures = new ArrayList<>();
        Set<Integer> failedRows = new HashSet<>();
        Map<String, PatientDetails> valid = new LinkedHashMap<>();

        for (ImportRow row : rows) {
            if (row.unreadable() != null) {
                fail(row.row(), row.unreadable(), failures, failedRows);
                continue;
            }
            PatientValidator.Result result = validator.validate(row.patient(), true);
            if (!result.isValid()) {
                result.errors().forEach(error -> fail(row.row(), error, failures, failedRows));
            } else if (valid.putIfAbsent(result.details().externalId(), result.details()) != null) {
                fail(row.row(), new FieldError("externalId", "externalId appears more than once in this import"), failures, failedRows);
            }
        }

        Map<String, PatientRecord> existing = patients.findByExternalIds(realm, valid.keySet());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (PatientDetails details : valid.values()) {
            PatientRecord current = existing.get(details.externalId());
            if (current == null) {
                patients.create(realm, details, PatientSource.IMPORT);
                created++;
            } else if (current.details().equals(details)) {
                unchanged++;
            } else {
                patients.update(realm, current.id(), details);
                updated++;
            }
        }
        // Here, not at commit: an import racing another (the same new external ids) or an edit of
        // the same records fails whole, as a conflict the caller can answer.
        patients.writePending("another import or edit changed these patients at the same moment; nothing was imported, import again");
        return new ImportReportRepresentation(created, updated, unchanged, failedRows.size(), failures);
    }

    private static void fail(int row, FieldError error, List<Failure> failures, Set<Integer> failedRows) {
        failures.add(new Failure(row, error.field(), error.message()));
        failedRows.add(row);
    }
}
