package org.patientaccess.keycloak.rest.account;

import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.cors.Cors;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.lifecycle.Assents;
import org.patientaccess.keycloak.rest.admin.ApiErrors;
import org.patientaccess.keycloak.rest.representation.AssentRequestRepresentation;
import org.patientaccess.keycloak.rest.representation.MyAccountGrantRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * {@code /me/accounts/{grantId}/assent}: the young person's say on a parent's or guardian's access to
 * their own record. The rules are {@link Assents}'; the History entry is written there.
 */
@Tag(name = "My patient access")
public class MyAssentResource {

    private final KeycloakSession session;
    private final MyPatientAccessResource me;

    MyAssentResource(KeycloakSession session, MyPatientAccessResource me) {
        this.session = session;
        this.me = me;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveMyAssent", summary = "Give (or renew) my assent on a parent's or guardian's access to my own record", description = """
            From the clinic's own-account age until I come of age, I may give a parent's or guardian's
            access back what the clinic's age band withheld, or let it keep what a coming band would take,
            until a day at most 12 months ahead; giving again replaces the assent before. What the band
            withheld among the permissions named is in force at once; what the assent before named and
            this one leaves out is withheld again where the band withholds it.
            """)
    @APIResponse(responseCode = "200", description = "The access as it is now, with my assent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyAccountGrantRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = "I may not assent: under the clinic's own-account age (or the clinic sets none),"
            + " of age, not a parent's or guardian's access, or the access is my own.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant with this id on my own record.")
    @APIResponse(responseCode = "409", description = "Another request changed the grant at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public MyAccountGrantRepresentation give(@PathParam("grantId") String grantId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssentRequestRepresentation.class))) String body) {
        UserModel person = me.signedInUser();
        AssentRequestRepresentation request = StrictJson.read(body, AssentRequestRepresentation.class);
        Assent assent = new Assents(session, session.getContext().getRealm()).give(person, grantId, request.permissions(), request.until());
        return me.accountGrant(new AccessGrants(session, session.getContext().getRealm()).actingFor(person).stream()
                .filter(grant -> grant.id().equals(grantId)).findFirst().orElseThrow(), Optional.of(assent));
    }

    @DELETE
    @Operation(operationId = "withdrawMyAssent", summary = "Withdraw my assent on a parent's or guardian's access to my own record",
            description = "It ends now: what it gave back that the clinic's age band withholds is withheld again.")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = "The access is my own: only the young person assents.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant with this id on my own record, or no assent of mine on it.")
    @APIResponse(responseCode = "409", description = "Another request changed the grant at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response withdraw(@PathParam("grantId") String grantId) {
        UserModel person = me.signedInUser();
        new Assents(session, session.getContext().getRealm()).withdraw(person, grantId);
        return Response.noContent().build();
    }

    /** The CORS preflight of a browser app, as for the rest of {@code /me}: this path is matched here, not there. */
    @OPTIONS
    @Operation(hidden = true)
    public Response preflight() {
        return Cors.builder().auth().allowedMethods("PUT", "DELETE", "OPTIONS").preflight().add(Response.ok());
    }
}
