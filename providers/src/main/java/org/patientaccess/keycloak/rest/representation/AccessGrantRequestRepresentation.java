package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.GrantInput;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;

/**
 * What staff send to give an account access to a patient. The account is named by {@code userId}
 * or by the {@code email} of an existing account (on create only).
 */
@Schema(name = "AccessGrantRequest", additionalProperties = Schema.False.class)
public class AccessGrantRequestRepresentation {

    @Schema(description = "The account (on create only).")
    private String userId;
    @Schema(description = "The email of an existing account (on create only).")
    private String email;
    @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class)
    private String relationship;
    @Schema(type = SchemaType.ARRAY, implementation = GrantPermission.class, description = "Defaults to BOOK and VIEW.")
    private List<String> permissions;
    @Schema(description = "When the grant lapses: a date (the start of that day, UTC) or an instant; in the future. None: it does not lapse.")
    private String validUntil;
    @Schema(type = SchemaType.STRING, implementation = LegalBasis.class,
            description = "The ground staff saw for this access; none: not recorded (on update too: it is cleared). A SELF grant has none.")
    private String legalBasis;

    /** The grant's terms as sent, for the validator. */
    public GrantInput terms() {
        return new GrantInput(relationship, permissions, validUntil, legalBasis);
    }

    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> permissions) { this.permissions = permissions; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
}
