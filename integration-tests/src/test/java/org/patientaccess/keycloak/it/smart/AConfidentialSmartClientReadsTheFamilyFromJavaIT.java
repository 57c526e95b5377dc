package org.patientaccess.keycloak.it.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.SmartAppsClinicRealm;

/**
 * A server-side SMART app that holds a secret, written as a Java developer would write it: with
 * Connect2id's OAuth 2.0 / OpenID Connect SDK (Nimbus), nothing of ours. It discovers the realm from
 * the FHIR server's SMART configuration, sends the person to sign in and choose a patient (standalone
 * launch, PKCE), exchanges the code with client_secret_basic, checks the ID token's signature and
 * fhirUser, and reads the chosen patient, who acts for her and on what terms over FHIR.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class AConfidentialSmartClientReadsTheFamilyFromJavaIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClientID CLIENT = new ClientID(SmartAppsClinicRealm.CONFIDENTIAL_APP);
    private static final URI REDIRECT_URI = URI.create(SmartAppsClinicRealm.CONFIDENTIAL_APP_REDIRECT_URI);

    @InjectRealm(config = SmartAppsClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private final Browser browser = new Browser();
    private Reception reception;
    private String fhirBase;

    @BeforeEach
    void setUp() {
        reception = new Reception(urls.getBase(), realm.getName());
        fhirBase = SmartApps.fhirBase(urls.getBase(), realm.getName());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aMotherChoosesHerDaughterAndTheAppReadsTheDaughterHerParentsAndTheirConsents() throws Exception {
        String maria = reception.patient("Maria", "1984-06-02");
        String sofia = reception.patient("Sofia", "2014-03-09");
        reception.grant(maria, ClinicRealm.MOTHER, "SELF");
        String mariaForSofia = reception.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        String luisForSofia = reception.grant(sofia, ClinicRealm.FATHER, "PARENT");

        AuthorizationServerMetadata server = discover();
        assertThat(server.getCodeChallengeMethods()).contains(CodeChallengeMethod.S256);
        assertThat(server.getTokenEndpointAuthMethods()).contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(server.getScopes().toStringList()).contains("launch/patient", "fhirUser", "patient/*.rs");
        assertThat(strings(server.getCustomParameters().get("capabilities")))
                .contains("launch-standalone", "client-confidential-symmetric", "context-standalone-patient", "permission-v2");

        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Nonce nonce = new Nonce();
        AuthenticationRequest authorization = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "fhirUser", "launch/patient", "patient/*.rs"), CLIENT, REDIRECT_URI)
                .endpointURI(server.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                // SMART's audience parameter: the FHIR server the app means to call.
                .customParameter("aud", fhirBase)
                .build();
        browser.open(authorization.toURI().toString());
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        assertThat(browser.has("patient-picker")).as(browser.text()).isTrue();
        browser.click("patient-" + sofia);

        AuthorizationResponse answer = AuthorizationResponse.parse(URI.create(browser.url()));
        assertThat(answer.indicatesSuccess()).as(browser.url()).isTrue();
        assertThat(answer.getState()).isEqualTo(state);
        AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
        TokenResponse tokenResponse = OIDCTokenResponseParser.parse(new TokenRequest(server.getTokenEndpointURI(),
                new ClientSecretBasic(CLIENT, new Secret(SmartAppsClinicRealm.CONFIDENTIAL_APP_SECRET)),
                new AuthorizationCodeGrant(code, REDIRECT_URI, verifier)).toHTTPRequest().send());
        assertThat(tokenResponse.indicatesSuccess()).as(() -> tokenResponse.toErrorResponse().getErrorObject().toString()).isTrue();
        OIDCTokenResponse tokens = (OIDCTokenResponse) tokenResponse.toSuccessResponse();

        assertThat(tokens.getCustomParameters()).containsEntry("patient", sofia).containsEntry("need_patient_banner", true);
        IDTokenClaimsSet idToken = new IDTokenValidator(server.getIssuer(), CLIENT, JWSAlgorithm.RS256, server.getJWKSetURI().toURL())
                .validate(tokens.getOIDCTokens().getIDToken(), nonce);
        assertThat(idToken.getStringClaim("fhirUser")).as("she acts for Sofia as her parent")
                .isEqualTo(fhirBase + "/RelatedPerson/" + mariaForSofia);
        BearerAccessToken accessToken = tokens.getOIDCTokens().getBearerAccessToken();

        JsonNode patient = read(accessToken, "Patient/" + sofia);
        assertThat(patient.path("resourceType").asText()).isEqualTo("Patient");
        assertThat(patient.path("id").asText()).isEqualTo(sofia);
        assertThat(patient.path("birthDate").asText()).isEqualTo("2014-03-09");
        JsonNode relatedPersons = read(accessToken, "RelatedPerson?patient=" + sofia);
        assertThat(relatedPersons.path("type").asText()).isEqualTo("searchset");
        assertThat(ids(relatedPersons)).containsExactlyInAnyOrder(mariaForSofia, luisForSofia);
        JsonNode consents = read(accessToken, "Consent?patient=" + sofia);
        assertThat(ids(consents)).containsExactlyInAnyOrder(mariaForSofia, luisForSofia);
        assertThat(get(accessToken, "Patient/" + maria).getStatusCode())
                .as("her own record is not the patient she chose for this app").isEqualTo(404);
    }

    /** The realm as a SMART app finds it: from the FHIR server's address alone. */
    private AuthorizationServerMetadata discover() throws Exception {
        HTTPResponse response = new HTTPRequest(HTTPRequest.Method.GET, URI.create(fhirBase + "/.well-known/smart-configuration")).send();
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return AuthorizationServerMetadata.parse(response.getBodyAsJSONObject());
    }

    private HTTPResponse get(BearerAccessToken token, String path) throws IOException {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(fhirBase + "/" + path));
        request.setAuthorization(token.toAuthorizationHeader());
        request.setAccept("application/fhir+json");
        return request.send();
    }

    private JsonNode read(BearerAccessToken token, String path) throws IOException {
        HTTPResponse response = get(token, path);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(200);
        assertThat(response.getHeaderValue("Content-Type")).startsWith("application/fhir+json");
        return JSON.readTree(response.getBody());
    }

    private static List<String> ids(JsonNode bundle) {
        List<String> ids = new ArrayList<>();
        bundle.path("entry").forEach(entry -> ids.add(entry.path("resource").path("id").asText()));
        return ids;
    }

    private static List<String> strings(Object jsonArray) {
        return ((List<?>) jsonArray).stream().map(String::valueOf).toList();
    }
}
