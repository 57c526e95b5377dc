package org.patientaccess.keycloak.resource.representation;

import java.util.List;

/** What staff send to invite someone by email to act for a patient. */
public class InvitationRequestRepresentation {

    private String email;
    private String relationship;
    private List<String> permissions;
    /** The language of the email (a realm locale such as "fr"); the realm's default when absent. */
    private String locale;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> permissions) { this.permissions = permissions; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
}
