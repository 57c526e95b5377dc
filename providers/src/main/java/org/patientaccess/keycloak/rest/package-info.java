/**
 * The two HTTP APIs. What this document-level annotation and the resources' annotations say is
 * docs/openapi.yaml: the build generates it (see the providers POM) and a test keeps the committed copy equal.
 */
@OpenAPIDefinition(
        info = @Info(title = "Keycloak Patient Access", version = "0.1.0", description = """
                Two APIs over one clinic (a Keycloak realm).

                The staff API (`/admin/realms/{realm}/patient-access`) serves clinic staff and the clinic's
                back-office. Authenticate with a bearer access token of the realm (or of the master realm for
                server administrators). Reading needs the realm-management role `view-users`, writing
                `manage-users`. Every id is looked up in the realm of the path, and a grant or invitation id
                under the patient of the path: any other id answers 404.

                The signed-in person's API (`/realms/{realm}/patient-access/me`) serves patients and families
                through the booking app, with the person's own bearer access token of the realm, issued with
                the `patient-access` client scope (any other token answers 401).

                Fields whose value is null are left out of answers. Request bodies are read strictly: a field
                the body's type does not have is refused (400 naming it).
                """),
        servers = @Server(url = "http://127.0.0.1:8080", description = "The clinic demo (./demo.sh)"),
        securitySets = @SecurityRequirementsSet(@SecurityRequirement(name = "bearer")),
        tags = {
                @Tag(name = "Patients", description = "The realm's patient records (staff)."),
                @Tag(name = "Access grants", description = "The accounts that may act for a patient (staff)."),
                @Tag(name = "Invitations", description = "Invitations by email to act for a patient (staff)."),
                @Tag(name = "Online registrations", description = "The queue of online registrations to link, keep or merge (staff)."),
                @Tag(name = "Merges", description = "Merging two records into one, and undoing it (staff)."),
                @Tag(name = "Duplicates", description = "Possible duplicates among the realm's records: the scan that finds them, and dismissing a pair (staff)."),
                @Tag(name = "Coming of age", description = "Records reaching the age of majority or the own-account age, continued guardianship, and the daily task (staff)."),
                @Tag(name = "My patient access", description = "The signed-in person's patients and the accounts acting for them."),
                @Tag(name = "Invitation page", description = "Where an emailed invitation link lands.")},
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer"),
                parameters = {
                        @Parameter(name = "realm", in = ParameterIn.PATH, required = true, description = "The realm (the clinic).",
                                schema = @Schema(type = SchemaType.STRING, defaultValue = "clinic")),
                        @Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
                                description = "Words each of which must begin the first or the last name; case, accents, spaces and punctuation are ignored."),
                        @Parameter(name = "firstName", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
                                description = "Beginning of the first name (folded like search)."),
                        @Parameter(name = "lastName", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
                                description = "Beginning of the last name (folded like search)."),
                        @Parameter(name = "birthDate", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, format = "date")),
                        @Parameter(name = "email", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
                                description = "Exact email, case-insensitive."),
                        @Parameter(name = "phone", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
                                description = "Phone number in any common writing; compared in E.164."),
                        @Parameter(name = "externalId", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING)),
                        @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
                                description = "ACTIVE (default), ARCHIVED, MERGED, a comma-separated list of them, or any.")},
                headers = @Header(name = "ETag", description = "The record's version as a strong entity tag, such as \"3\"; send it back as If-Match.",
                        schema = @Schema(type = SchemaType.STRING)),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "Bad input; nothing was written. `field` and `errorMessage` name the first problem, `errors` lists all.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class))),
                        @APIResponse(name = "NotAuthenticated", responseCode = "401", description = "No valid token."),
                        @APIResponse(name = "NotForThisApi", responseCode = "401",
                                description = "No valid token of the realm, or a token not issued for this API (ask for the client scope `patient-access`)."),
                        @APIResponse(name = "MayNotView", responseCode = "403", description = "The caller may not view users of the realm."),
                        @APIResponse(name = "MayNotManage", responseCode = "403", description = "The caller may not manage users of the realm."),
                        @APIResponse(name = "PatientNotFound", responseCode = "404", description = "No patient with this id in this realm.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class))),
                        @APIResponse(name = "RegistrationNotFound", responseCode = "404", description = "No registration with this id in this realm.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class))),
                        @APIResponse(name = "MailNotSent", responseCode = "502",
                                description = "The email could not be sent; the invitation is kept PENDING and can be resent once mail works.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                                        requiredProperties = {"errorMessage", "invitation"}, properties = {
                                                @SchemaProperty(name = "errorMessage", type = SchemaType.STRING),
                                                @SchemaProperty(name = "invitation", implementation = InvitationRepresentation.class)}))),
                        @APIResponse(name = "MergedRecord", responseCode = "409",
                                description = "The patient was merged; `mergedInto` and `params` name the survivor, the record to change instead.",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))}))
package org.patientaccess.keycloak.rest;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.patientaccess.keycloak.rest.admin.ApiErrors;
import org.patientaccess.keycloak.rest.representation.InvitationRepresentation;
