package org.patientaccess.keycloak.store.jpa.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A patient record row. The *_KEY and *_PHONETIC columns are match keys derived from the names on
 * every write; they are indexed (see the Liquibase changelog) and never shown.
 */
@Entity
@Table(name = "PA_PATIENT_RECORD")
public class PatientRecordEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "EXTERNAL_ID", length = 64)
    private String externalId;

    @Column(name = "FIRST_NAME", length = 100, nullable = false)
    private String firstName;

    @Column(name = "LAST_NAME", length = 100, nullable = false)
    private String lastName;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "MERGED_INTO", length = 36)
    private String mergedInto;

    @Column(name = "SOURCE", length = 16, nullable = false)
    private String source;

    /** Who put the email there (CLINIC, PATIENT, DELEGATE); null when there is no email. */
    @Column(name = "EMAIL_SOURCE", length = 16)
    private String emailSource;

    @Column(name = "FIRST_NAME_KEY", length = 100, nullable = false)
    private String firstNameKey;

    @Column(name = "LAST_NAME_KEY", length = 100, nullable = false)
    private String lastNameKey;

    @Column(name = "FIRST_NAME_PHONETIC", length = 16, nullable = false)
    private String firstNamePhonetic;

    @Column(name = "LAST_NAME_PHONETIC", length = 16, nullable = false)
    private String lastNamePhonetic;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    /** Optimistic lock: two staff members saving the same record at once cannot both win silently. */
    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
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
    public String getFirstNameKey() { return firstNameKey; }
    public void setFirstNameKey(String firstNameKey) { this.firstNameKey = firstNameKey; }
    public String getLastNameKey() { return lastNameKey; }
    public void setLastNameKey(String lastNameKey) { this.lastNameKey = lastNameKey; }
    public String getFirstNamePhonetic() { return firstNamePhonetic; }
    public void setFirstNamePhonetic(String firstNamePhonetic) { this.firstNamePhonetic = firstNamePhonetic; }
    public String getLastNamePhonetic() { return lastNamePhonetic; }
    public void setLastNamePhonetic(String lastNamePhonetic) { this.lastNamePhonetic = lastNamePhonetic; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public long getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(long updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public String getEmailSource() { return emailSource; }
    public void setEmailSource(String emailSource) { this.emailSource = emailSource; }
}
