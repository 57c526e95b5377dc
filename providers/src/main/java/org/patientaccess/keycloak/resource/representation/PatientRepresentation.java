package org.patientaccess.keycloak.resource.representation;

import java.time.Instant;

import org.patientaccess.keycloak.model.PatientRecord;

/**
 * A patient record on the wire. Dates and times are ISO-8601 strings so that a malformed value
 * reaches the validator, which names the field, rather than failing in the JSON reader.
 * {@code id, status, mergedInto, source, createdAt, updatedAt, version} are read-only; {@code version}
 * is also the record's ETag, to be sent back as If-Match.
 */
public class PatientRepresentation {

    private String id;
    private String externalId;
    private String firstName;
    private String lastName;
    private String birthDate;
    private String email;
    private String phone;
    private String status;
    private String mergedInto;
    private String source;
    private String createdAt;
    private String updatedAt;
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
        rep.createdAt = iso(record.createdAt());
        rep.updatedAt = iso(record.updatedAt());
        rep.version = record.version();
        return rep;
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
    public String getCreatedAt() { return createdAt; }
    public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
    public String getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
