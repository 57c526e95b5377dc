package org.patientaccess.keycloak.setup;

import java.util.HashMap;
import java.util.Map;

import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.patientaccess.keycloak.fhir.SmartScopes;
import org.patientaccess.keycloak.tokens.FhirUserMapper;
import org.patientaccess.keycloak.tokens.PatientAccessMapper;
import org.patientaccess.keycloak.tokens.SelectedPatientMapper;

/**
 * The SMART App Launch scopes every realm keeps, so that an operator only gives them to a SMART app
 * (as optional scopes): {@code launch/patient} (the patient picker, the chosen patient beside the
 * tokens), {@code fhirUser} and the {@code patient/...} resource scopes (the patients the user may act
 * for). A realm's own scope of the same name is kept as it is.
 */
public final class SmartClientScopes {

    private SmartClientScopes() {
    }

    public static void ensureIn(RealmModel realm) {
        ensure(realm, SmartScopes.LAUNCH_PATIENT, "Asks at login which patient the app acts for (SMART launch context)",
                "${patientAccessScopeLaunchPatient}", mapper("selected patient", SelectedPatientMapper.PROVIDER_ID, Map.of(
                        OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME, SelectedPatientMapper.DEFAULT_CLAIM,
                        SelectedPatientMapper.NEED_PATIENT_BANNER, "true",
                        OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN, "true",
                        OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "false",
                        OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, "false",
                        OIDCAttributeMapperHelper.INCLUDE_IN_INTROSPECTION, "true",
                        OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN_RESPONSE, "true")));
        ensure(realm, SmartScopes.FHIR_USER, "Names the user as a FHIR resource in the ID token and userinfo (SMART fhirUser)",
                "${patientAccessScopeFhirUser}", mapper("fhir user", FhirUserMapper.PROVIDER_ID, Map.of(
                        OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "true",
                        OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, "true")));
        for (String name : SmartScopes.PATIENT_RESOURCES) {
            // Each holds the same mapper: whichever the app asks for, the token lists whom the user may act for
            // (built once per list, so several scopes cost nothing more).
            ensure(realm, name, "Reads the records of the patients the user may act for (SMART patient-level scope)",
                    "${patientAccessScopePatientResources}", mapper("patients", PatientAccessMapper.PROVIDER_ID, Map.of(
                            OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME, PatientAccessMapper.DEFAULT_CLAIM,
                            PatientAccessMapper.MAX_PATIENTS, String.valueOf(PatientAccessMapper.DEFAULT_MAX_PATIENTS),
                            OIDCAttributeMapperHelper.INCLUDE_IN_ACCESS_TOKEN, "true",
                            OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN, "false",
                            OIDCAttributeMapperHelper.INCLUDE_IN_USERINFO, "true",
                            OIDCAttributeMapperHelper.INCLUDE_IN_INTROSPECTION, "true")));
        }
    }

    private static void ensure(RealmModel realm, String name, String description, String consentText, ProtocolMapperModel mapper) {
        if (realm.getClientScopesStream().anyMatch(scope -> name.equals(scope.getName()))) {
            return;
        }
        ClientScopeModel scope = realm.addClientScope(name);
        scope.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        scope.setDescription(description);
        scope.setIncludeInTokenScope(true);
        scope.setDisplayOnConsentScreen(true);
        scope.setConsentScreenText(consentText);
        scope.addProtocolMapper(mapper);
    }

    private static ProtocolMapperModel mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperModel mapper = new ProtocolMapperModel();
        mapper.setName(name);
        mapper.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        mapper.setProtocolMapper(type);
        mapper.setConfig(new HashMap<>(config));
        return mapper;
    }
}
