package org.patientaccess.keycloak.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.fhir.FhirBase;

/**
 * SMART's {@code fhirUser}: the signed-in user as a FHIR resource of the realm's FHIR base. Acting for
 * their own record (chosen, or no patient chosen and they have one) they are that
 * {@code Patient/{record id}}; acting for someone else they are the {@code RelatedPerson/{grant id}}
 * of their grant on the chosen patient. Read from the list every token of the account already shares,
 * so it costs no query of its own.
 */
public class FhirUserMapper extends AbstractOIDCProtocolMapper implements OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String PROVIDER_ID = "oidc-fhir-user-mapper";
    public static final String CLAIM = "fhirUser";

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG_PROPERTIES, FhirUserMapper.class);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "FHIR user";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "SMART's fhirUser claim: the user's own Patient, or the RelatedPerson of their grant on the chosen patient.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel model, UserSessionModel userSession, KeycloakSession session,
                            ClientSessionContext clientSessionCtx) {
        RealmModel realm = userSession.getRealm();
        List<AccessiblePatient> patients = AccessiblePatients.of(session, realm, userSession.getUser());
        SelectedPatient.Binding binding = SelectedPatient.of(session, realm, userSession.getUser(), clientSessionCtx.getClientSession());
        reference(patients, binding).ifPresent(reference -> token.getOtherClaims().put(CLAIM, FhirBase.of(session, realm) + "/" + reference));
    }

    /** The user's resource, relative to the FHIR base: whom they are while acting for the chosen patient, or themselves. */
    static Optional<String> reference(List<AccessiblePatient> patients, SelectedPatient.Binding binding) {
        if (binding instanceof SelectedPatient.Current current) {
            return patients.stream().filter(patient -> patient.patientId().equals(current.patientId())).findFirst()
                    .map(patient -> patient.relationship() == Relationship.SELF
                            ? "Patient/" + patient.patientId()
                            : "RelatedPerson/" + patient.grantId());
        }
        if (binding instanceof SelectedPatient.Unbound) {
            return patients.stream().filter(patient -> patient.relationship() == Relationship.SELF).findFirst()
                    .map(patient -> "Patient/" + patient.patientId());
        }
        // The grant behind the choice has ended: the session speaks for nobody.
        return Optional.empty();
    }
}
