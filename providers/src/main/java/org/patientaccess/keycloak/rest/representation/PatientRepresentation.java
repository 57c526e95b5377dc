package org.patientaccess.keycloak.rest.representation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.validation.PatientValidator;

/**
 * A patient record on the wire. Dates and times are ISO-8601 strings so that a malformed value
 * reaches the validator, which names the field, rather than failing in the JSON reader.
 * {@code id, status, mergedInto, source, emailSource, createdAt, updatedAt, version} are read-only; {@code version}
 * is also the record's ETag, to be sent back as If-Match.
 */
@Schema(name = "Patient", additionalProperties = Schema.False.class,
        description = "A patient record. A request naming a field the record does not have is refused (400 naming it).")
public class PatientRepresentation {

    @Schema(readOnly = true)
    private String id;
    @Schema(maxLength = PatientValidator.MAX_EXTERNAL_ID_LENGTH, description = "The clinic system's number, unique in the realm.")
    private String externalId;
    @Schema(required = true, maxLength = PatientValidator.MAX_NAME_LENGTH)
    private String firstName;
    @Schema(required = true, maxLength = PatientValidator.MAX_NAME_LENGTH)
    private String lastName;
    @Schema(format = "date", description = "Not in the future, not before 1900.")
    private String birthDate;
    @Schema(format = "email", maxLength = PatientValidator.MAX_EMAIL_LENGTH, description = "Stored in lower case.")
    private String email;
    @Schema(description = "Stored in E.164; a number without country code is read in the realm's default region.")
    private String phone;
    @Schema(type = SchemaType.STRING, implementation = PatientStatus.class,
            description = "Read-only but on a replace (PUT), where ACTIVE restores and ARCHIVED archives the patient.")
    private String status;
    @Schema(readOnly = true, description = "The survivor's id, once this record was merged into it.")
    private String mergedInto;
    @Schema(implementation = PatientSource.class, readOnly = true, type = SchemaType.STRING, description = "How the record came: made by staff, imported, or registered online.")
    private String source;
    @Schema(implementation = EmailSource.class, readOnly = true, type = SchemaType.STRING, description = """
            Who put the email there: CLINIC (staff, an import, or staff confirmed it), PATIENT (the patient's own account),
            DELEGATE (someone acting for the patient, or a family for a dependent: it proves nothing about who registers
            until confirmed). None without an email.""")
    private String emailSource;
    @Schema(format = "date-time", readOnly = true)
    private String createdAt;
    @Schema(format = "date-time", readOnly = true)
    private String updatedAt;
    @Schema(readOnly = true, description = "The record's version, also its ETag; every save moves it on.")
    private Integer version;

    public static PatientRepresentation of(PatientRecord record) {
        PatientRepresentation rep = new PatientRepresentation();
        rep.id = record.id();
        rep.externalId = record.details().externalId();
        rep.firstName = record.details().firstName();
        rep.lastName = record.details().lastName();
        rep.birthDate = record.details().birthDate() == null ? null : record.details().birthDate().toString();
        rep.email = record.details().email();
        rep.phone = record.details().phone();
        rep.status = record.status().name();
        rep.mergedInto = record.mergedInto();
        rep.source = record.source().name();
        rep.emailSource = record.emailSource() == null ? null : record.emailSource().name();
        rep.createdAt = iso(record.createdAt());
        rep.updatedAt = iso(record.updatedAt());
        rep.version = record.version();
        return rep;
    }

    /** The writable fields as sent, for the validator. */
    public PatientInput input() {
        return new PatientInput(externalId, firstName, lastName, birthDate, email, phone);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getMergedInto() { return mergedInto; }
    public void setMergedInto(String mergedInto) { this.mergedInto = mergedInto; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getEmailSource() { return emailSource; }
    public void setEmailSource(String emailSource) { this.emailSource = emailSource; }
    public String getCreatedAt() { return createdAt; }
    public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
