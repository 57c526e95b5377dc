package org.patientaccess.keycloak.resource.representation;

import java.util.List;

/**
 * What staff send to give an account access to a patient. The account is named by {@code userId}
 * or by the {@code email} of an existing account (on create only).
 */
public class AccessGrantRequestRepresentation {

    private String userId;
    private String email;
    private String relationship;
    private List<String> permissions;
    private String validUntil;

    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> permissions) { this.permissions = permissions; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
}
