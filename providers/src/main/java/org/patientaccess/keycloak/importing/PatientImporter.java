package org.patientaccess.keycloak.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.importing.ImportReport.Problem;
import org.patientaccess.keycloak.matching.NameFrequencyRefresh;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.validation.PatientValidator;

/**
 * Creates or updates patients by external id. Every row is validated before anything is written, so
 * a bad row only adds a failure and an unreadable contact field only a warning; the good rows are
 * written in the request's one transaction, which a database error rolls back whole (a clash with
 * another request is a {@link ConcurrentChangeException}). Resources that are not patients are
 * counted as skipped.
 */
public final class PatientImporter {

    private final RealmModel realm;
    private final PatientRecordStore patients;
    private final PatientValidator validator;
    private final Runnable afterChanges;

    /** Imports into the realm; once an import that changed records commits, the realm's name frequencies are counted again. */
    public PatientImporter(KeycloakSession session, RealmModel realm) {
        this(realm, session.getProvider(PatientAccessStore.class).records(), PatientValidator.of(session, realm),
                () -> NameFrequencyRefresh.afterCommit(session, realm));
    }

    PatientImporter(RealmModel realm, PatientRecordStore patients, PatientValidator validator, Runnable afterChanges) {
        this.realm = realm;
        this.patients = patients;
        this.validator = validator;
        this.afterChanges = afterChanges;
    }

    public ImportReport importRows(List<ImportRow> rows) {
        List<Problem> failures = new ArrayList<>();
        Set<Integer> failedRows = new HashSet<>();
        Map<String, Integer> skippedResources = new TreeMap<>();
        Map<String, ValidRow> valid = new LinkedHashMap<>();

        for (ImportRow row : rows) {
            if (row.skippedResource() != null) {
                skippedResources.merge(row.skippedResource(), 1, Integer::sum);
                continue;
            }
            if (row.unreadable() != null) {
                fail(row.row(), row.unreadable(), failures, failedRows);
                continue;
            }
            PatientValidator.Result result = validator.validateImported(row.patient());
            if (!result.isValid()) {
                result.errors().forEach(error -> fail(row.row(), error, failures, failedRows));
            } else if (valid.putIfAbsent(result.details().externalId(), new ValidRow(row.row(), result)) != null) {
                fail(row.row(), new FieldError("externalId", "externalId appears more than once in this import"), failures, failedRows);
            }
        }

        Map<String, PatientRecord> existing = patients.findByExternalIds(realm, valid.keySet());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int warned = 0;
        List<Problem> warnings = new ArrayList<>();
        List<ImportReport.Change> changes = new ArrayList<>();
        for (ValidRow row : valid.values()) {
            if (!row.result().warnings().isEmpty()) {
                warned++;
                row.result().warnings().forEach(warning -> warnings.add(new Problem(row.row(), warning.field(), warning.message())));
            }
            PatientRecord current = existing.get(row.result().details().externalId());
            if (current == null) {
                patients.create(realm, row.result().details(), PatientSource.IMPORT, EmailSource.CLINIC);
                created++;
                continue;
            }
            PatientDetails details = keepingStoredUnreadable(row.result(), current.details());
            // The clinic's own system gives this email: it is the clinic's now, unless it was unreadable and the stored one stays.
            EmailSource emailSource = emailUnreadable(row.result()) ? current.emailSource() : EmailSource.CLINIC;
            boolean sameSource = details.email() == null || emailSource == current.emailSource();
            if (current.details().equals(details) && sameSource) {
                unchanged++;
            } else {
                patients.update(realm, current.id(), details, emailSource);
                changes.add(new ImportReport.Change(current.id(), changedFields(current, details, emailSource)));
                updated++;
            }
        }
        // Here, not at commit: an import racing another (the same new external ids) or an edit of
        // the same records fails whole, as a conflict the caller can answer.
        patients.writePending("another import or edit changed these patients at the same moment; nothing was imported, import again");
        if (created + updated > 0) {
            afterChanges.run();
        }
        int skipped = skippedResources.values().stream().mapToInt(Integer::intValue).sum();
        return new ImportReport(created, updated, unchanged, failedRows.size(), warned, skipped,
                skippedResources, failures, warnings, changes);
    }

    /**
     * The fields an import changed on a record on file (found by its external id, which therefore
     * stays). An email that stays but becomes the clinic's
     * counts as changed: it now proves who registers, which staff reading the History should see.
     */
    static List<String> changedFields(PatientRecord current, PatientDetails imported, EmailSource emailSource) {
        PatientDetails stored = current.details();
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(stored.firstName(), imported.firstName())) {
            fields.add("firstName");
        }
        if (!Objects.equals(stored.lastName(), imported.lastName())) {
            fields.add("lastName");
        }
        if (!Objects.equals(stored.birthDate(), imported.birthDate())) {
            fields.add("birthDate");
        }
        if (!Objects.equals(stored.email(), imported.email())
                || imported.email() != null && emailSource != current.emailSource()) {
            fields.add("email");
        }
        if (!Objects.equals(stored.phone(), imported.phone())) {
            fields.add("phone");
        }
        return fields;
    }

    /**
     * The imported details, except that a field the file gave but that could not be read keeps the
     * stored value: a garbled number in an export does not erase a good one on the record.
     */
    static PatientDetails keepingStoredUnreadable(PatientValidator.Result imported, PatientDetails stored) {
        Set<String> unreadable = imported.warnings().stream().map(FieldError::field).collect(Collectors.toSet());
        PatientDetails details = imported.details();
        return new PatientDetails(details.externalId(), details.firstName(), details.lastName(), details.birthDate(),
                unreadable.contains("email") ? stored.email() : details.email(),
                unreadable.contains("phone") ? stored.phone() : details.phone());
    }

    private static boolean emailUnreadable(PatientValidator.Result imported) {
        return imported.warnings().stream().anyMatch(warning -> "email".equals(warning.field()));
    }

    private static void fail(int row, FieldError error, List<Problem> failures, Set<Integer> failedRows) {
        failures.add(new Problem(row, error.field(), error.message()));
        failedRows.add(row);
    }

    private record ValidRow(int row, PatientValidator.Result result) {
    }
}
