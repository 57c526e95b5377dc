package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.GrantInput;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;

/** What staff send to invite someone by email to act for a patient. */
@Schema(name = "InvitationRequest", additionalProperties = Schema.False.class)
public class InvitationRequestRepresentation {

    @Schema(required = true, format = "email")
    private String email;
    @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class)
    private String relationship;
    @Schema(type = SchemaType.ARRAY, implementation = GrantPermission.class, description = "Defaults to BOOK and VIEW.")
    private List<String> permissions;
    @Schema(description = "The email's language, one of the realm's locales (such as \"fr\"); the realm default when absent.")
    private String locale;
    @Schema(type = SchemaType.STRING, implementation = LegalBasis.class,
            description = "The ground staff saw for this access, given to the grant an acceptance creates; none: not recorded. A SELF invitation has none.")
    private String legalBasis;

    /** The terms of the grant an acceptance gives, as sent. */
    public GrantInput terms() {
        return new GrantInput(relationship, permissions, null, legalBasis);
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> permissions) { this.permissions = permissions; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
}
