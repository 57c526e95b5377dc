package org.patientaccess.keycloak.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenResponseMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.IDToken;

/**
 * The patient chosen at login, SMART-style: {@code "patient": "<record id>"} in the tokens and, when
 * set to, beside them in the token response (with SMART's {@code "need_patient_banner": true} when set
 * to). A client scope holding this mapper is what makes Keycloak show the patient picker
 * ({@link PatientPickerRequiredAction}).
 */
public class SelectedPatientMapper extends AbstractOIDCProtocolMapper implements OIDCAccessTokenMapper, OIDCIDTokenMapper,
        UserInfoTokenMapper, TokenIntrospectionTokenMapper, OIDCAccessTokenResponseMapper {

    public static final String PROVIDER_ID = "oidc-selected-patient-mapper";
    public static final String DEFAULT_CLAIM = "patient";
    public static final String NEED_PATIENT_BANNER = "patient.need.banner";
    /** SMART's token-response flag: the app should show whom it acts for, as the user chose the patient here, not in an EHR. */
    public static final String BANNER_PARAMETER = "need_patient_banner";

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = new ArrayList<>(ProviderConfigurationBuilder.create()
            .property().name(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME).label("Token Claim Name").type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(DEFAULT_CLAIM).helpText("Top-level claim that holds the chosen patient's record id.").add()
            .property().name(NEED_PATIENT_BANNER).label("Ask for a patient banner").type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false").helpText("Adds '" + BANNER_PARAMETER + "': true beside the tokens in the token response when a patient "
                    + "was chosen (SMART App Launch), so that the app shows whom it acts for.").add()
            .build());

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG_PROPERTIES, SelectedPatientMapper.class);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Selected patient";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Asks the user at login which patient they act for, and puts that record id into the tokens.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel model, UserSessionModel userSession, KeycloakSession session,
                            ClientSessionContext clientSessionCtx) {
        current(session, userSession, clientSessionCtx).ifPresent(patientId -> token.getOtherClaims().put(claimName(model), patientId));
    }

    @Override
    protected void setClaim(AccessTokenResponse response, ProtocolMapperModel model, UserSessionModel userSession, KeycloakSession session,
                            ClientSessionContext clientSessionCtx) {
        current(session, userSession, clientSessionCtx).ifPresent(patientId -> {
            response.getOtherClaims().put(claimName(model), patientId);
            if (Boolean.parseBoolean(model.getConfig().get(NEED_PATIENT_BANNER))) {
                response.getOtherClaims().put(BANNER_PARAMETER, true);
            }
        });
    }

    /** The selection as it stands now; nothing once the grant behind it has ended. */
    private static Optional<String> current(KeycloakSession session, UserSessionModel userSession, ClientSessionContext clientSessionCtx) {
        SelectedPatient.Binding binding = SelectedPatient.of(session, userSession.getRealm(), userSession.getUser(),
                clientSessionCtx.getClientSession());
        return binding instanceof SelectedPatient.Current current ? Optional.of(current.patientId()) : Optional.empty();
    }

    private static String claimName(ProtocolMapperModel model) {
        String name = model.getConfig().get(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME);
        return name == null || name.isBlank() ? DEFAULT_CLAIM : name.strip();
    }
}
