package org.patientaccess.keycloak.tokens;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperContainerModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.cache.CachedUserModel;
import org.keycloak.protocol.ProtocolMapperConfigException;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.representations.IDToken;
import org.patientaccess.keycloak.core.AccessiblePatient;

/**
 * Puts the patients the user may act for into tokens, for booking apps that trust Keycloak's tokens
 * rather than our database:
 * <pre>"patients": [{"id": "…", "relationship": "PARENT", "permissions": ["BOOK", "VIEW"]}]</pre>
 * Names and birth dates are health data and appear only when the mapper is set to include them.
 */
public class PatientAccessMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "oidc-patient-access-mapper";
    public static final String DEFAULT_CLAIM = "patients";
    public static final String INCLUDE_DETAILS = "patients.include.details";
    public static final String MAX_PATIENTS = "patients.max";
    public static final int DEFAULT_MAX_PATIENTS = 100;
    /** Added beside the claim, set to true, when the cap cut the list. */
    public static final String TRUNCATED_SUFFIX = "_truncated";

    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = new ArrayList<>(ProviderConfigurationBuilder.create()
            .property().name(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME).label("Token Claim Name").type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue(DEFAULT_CLAIM).helpText("Top-level claim that lists the patients.").add()
            .property().name(INCLUDE_DETAILS).label("Include names and birth dates").type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false").helpText("Adds each patient's given and family name and birth date. These are health data: "
                    + "leave off unless the client needs them and its tokens never leave trusted hands.").add()
            .property().name(MAX_PATIENTS).label("Maximum patients").type(ProviderConfigProperty.INTEGER_TYPE)
            .defaultValue(String.valueOf(DEFAULT_MAX_PATIENTS)).helpText("Caps the list so that tokens stay small. When an account "
                    + "may act for more, the first ones are listed (its own record first) and the claim named like this one "
                    + "with '" + TRUNCATED_SUFFIX + "' is true: the client then reads the whole list from the /me/patients API.").add()
            .build());

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG_PROPERTIES, PatientAccessMapper.class);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Patient access";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "The patients the user may act for: record id, relationship and permissions.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }

    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, ProtocolMapperContainerModel container, ProtocolMapperModel model)
            throws ProtocolMapperConfigException {
        String max = model.getConfig().get(MAX_PATIENTS);
        if (max != null && !max.isBlank() && !max.strip().matches("[1-9][0-9]{0,5}")) {
            throw new ProtocolMapperConfigException(MAX_PATIENTS + " must be a whole number from 1 to 999999");
        }
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel model, UserSessionModel userSession, KeycloakSession session,
                            ClientSessionContext clientSessionCtx) {
        List<AccessiblePatient> patients = AccessiblePatients.of(session, userSession.getRealm(), userSession.getUser());
        token.getOtherClaims().putAll(builtOnce(session, userSession.getUser(), patients, claimName(model), maxPatients(model),
                Boolean.parseBoolean(model.getConfig().get(INCLUDE_DETAILS))));
    }

    /**
     * The claims for this list, built once: a token response puts the same claim into the access token
     * and the ID token, and while the list is served from Keycloak's user cache, every later token of
     * the account reuses them. They are kept with the very list they were built from, so a new list
     * (after a change, a lapse or an eviction) is never shown the old claims.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> builtOnce(KeycloakSession session, UserModel user, List<AccessiblePatient> patients, String claim,
                                                 int max, boolean details) {
        String key = PatientAccessMapper.class.getName() + ":" + claim + ":" + max + ":" + details;
        Map<Object, Object> memo = user instanceof CachedUserModel cached ? cached.getCachedWith() : null;
        Object built = memo != null ? memo.get(key) : session.getAttribute(key);
        if (built instanceof Built claims && claims.patients() == patients) {
            return claims.claims();
        }
        Built claims = new Built(patients, claims(patients, claim, max, details));
        if (memo != null) {
            memo.put(key, claims);
        } else {
            session.setAttribute(key, claims);
        }
        return claims.claims();
    }

    /** Claims and the very list they were built from. */
    private record Built(List<AccessiblePatient> patients, Map<String, Object> claims) {
    }

    /** The claim (and, when the cap cut it, its truncation flag) for these patients. */
    static Map<String, Object> claims(List<AccessiblePatient> patients, String claim, int max, boolean details) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(claim, patients.stream().limit(max).map(patient -> Collections.unmodifiableMap(entry(patient, details))).toList());
        if (patients.size() > max) {
            claims.put(claim + TRUNCATED_SUFFIX, true);
        }
        return claims;
    }

    private static Map<String, Object> entry(AccessiblePatient patient, boolean details) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", patient.patientId());
        entry.put("relationship", patient.relationship().name());
        entry.put("permissions", patient.permissions().stream().sorted().map(Enum::name).toList());
        if (details) {
            entry.put("given_name", patient.firstName());
            entry.put("family_name", patient.lastName());
            if (patient.birthDate() != null) {
                entry.put("birthdate", patient.birthDate().toString());
            }
        }
        return entry;
    }

    private static String claimName(ProtocolMapperModel model) {
        String name = model.getConfig().get(OIDCAttributeMapperHelper.TOKEN_CLAIM_NAME);
        return name == null || name.isBlank() ? DEFAULT_CLAIM : name.strip();
    }

    private static int maxPatients(ProtocolMapperModel model) {
        String max = model.getConfig().get(MAX_PATIENTS);
        return max == null || max.isBlank() ? DEFAULT_MAX_PATIENTS : Integer.parseInt(max.strip());
    }
}
