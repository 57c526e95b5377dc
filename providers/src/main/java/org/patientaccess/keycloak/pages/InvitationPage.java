package org.patientaccess.keycloak.pages;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.common.util.SecretGenerator;
import org.keycloak.cookie.CookieProvider;
import org.keycloak.cookie.CookieType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.util.CacheControlUtil;
import org.keycloak.services.util.LocaleUtil;
import org.keycloak.services.util.ResolveRelative;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.invitations.InvitationSettings;
import org.patientaccess.keycloak.invitations.OpenInvitation;

/**
 * Where the emailed link lands ({@code GET /realms/{realm}/patient-access/invitation?token=...}):
 * a themed page naming the clinic, the patient and the relationship, with "Log in" and "Create an
 * account". Opening it changes nothing, so a mail scanner's GET is harmless. Both buttons start an
 * ordinary login of the realm's invitation client, carrying the token as a Keycloak
 * application-initiated action, so that it survives login, registration and email verification.
 */
@Tag(name = "Invitation page")
public class InvitationPage {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Clock clock = KeycloakClock.UTC;

    public InvitationPage(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "openInvitation", summary = "Where the emailed link lands (an HTML page, not an API)", description = """
            Shows the invitation (clinic, the patient's first name, relationship, expiry) with "Log in"
            and "Create an account"; opening it changes nothing. A used, resent, withdrawn, expired,
            tampered or foreign token shows "This invitation is no longer valid" (410).
            """)
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The invitation page.", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "410", description = "This invitation is no longer valid.", content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response open(@QueryParam("token") @Parameter(required = true, description = "The token of the emailed link.") String token) {
        // As Keycloak's login pages: the page names a patient, so no cache (or back button) keeps it.
        CacheControlUtil.noBackButtonCacheControlHeader(session);
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class);
        Optional<OpenInvitation> open = OpenInvitation.of(session, realm, token, clock);
        speakTheInvitationsLanguage(open);
        ClientModel client = realm.getClientByClientId(InvitationSettings.of(realm).clientId());
        if (open.isEmpty() || client == null || !client.isEnabled()) {
            return forms.setAttribute("invitation", OpenInvitation.invalidView("patientAccessInvitationInvalid", false))
                    .setStatus(Response.Status.GONE)
                    .createForm(InvitationRequiredAction.TEMPLATE);
        }
        var view = open.get().view(realm, session.getContext().resolveLocale(null));
        view.put("loginUrl", authorizationUrl("auth", client, open.get()));
        view.put("registerUrl", authorizationUrl("registrations", client, open.get()));
        return forms.setAttribute("invitation", view).createForm(InvitationRequiredAction.TEMPLATE);
    }

    /**
     * The invitation's language (the one staff chose for its email) leads until the person chooses
     * one: on this page (its language menu adds {@code kc_locale}) or before (Keycloak's locale cookie).
     * The browser's own language comes after it.
     */
    private void speakTheInvitationsLanguage(Optional<OpenInvitation> open) {
        if (session.getContext().getUri().getQueryParameters().getFirst(LocaleSelectorProvider.KC_LOCALE_PARAM) != null) {
            LocaleUtil.processLocaleParam(session, realm, null);
        } else if (session.getProvider(CookieProvider.class).get(CookieType.LOCALE) == null) {
            open.map(o -> o.invitation().locale()).filter(Objects::nonNull)
                    .ifPresent(locale -> session.setAttribute(LocaleSelectorProvider.USER_REQUEST_LOCALE, locale));
        }
    }

    /**
     * A login (or registration) request of the invitation client that lands on its base URL, which
     * Keycloak checks against the client's own redirect URIs: no open redirect. The PKCE challenge is
     * a throwaway: the client starts its own login when the person lands, already signed in. The
     * login pages speak this page's language ({@code ui_locales}) until the person chooses another.
     */
    private String authorizationUrl(String endpoint, ClientModel client, OpenInvitation open) {
        String landing = ResolveRelative.resolveRelativeUri(session, client.getRootUrl(), client.getBaseUrl());
        return UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
                .path("realms").path(realm.getName()).path("protocol/openid-connect").path(endpoint)
                .queryParam("client_id", client.getClientId())
                .queryParam("redirect_uri", landing)
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("code_challenge", SecretGenerator.getInstance().randomString(64))
                .queryParam("code_challenge_method", "S256")
                .queryParam("login_hint", open.invitation().email())
                .queryParam(OIDCLoginProtocol.UI_LOCALES_PARAM, session.getContext().resolveLocale(null).toLanguageTag())
                .queryParam(Constants.KC_ACTION, InvitationRequiredAction.ID + ":" + open.token())
                .build().toString();
    }
}
