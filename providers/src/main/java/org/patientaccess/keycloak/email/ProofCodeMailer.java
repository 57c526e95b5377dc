package org.patientaccess.keycloak.email;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Sends the one-time code that proves a registering person owns the email on a clinic record. It is
 * sent after the request's transaction commits, on another thread: the page answers in the same time
 * whether or not a code was sent, so its timing tells nobody whether the clinic knows a person.
 */
public final class ProofCodeMailer {

    static final String TEMPLATE = "patient-access-registration-code.ftl";
    private static final String EXECUTOR = "patient-access-mail";
    private static final Logger LOG = Logger.getLogger(ProofCodeMailer.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public ProofCodeMailer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Sends the code once (and only if) the request's transaction commits. */
    public void sendAfterCommit(String email, String code, String locale) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        ExecutorService executor = session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR);
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                executor.execute(() -> KeycloakModelUtils.runJobInTransaction(factory, mailSession -> send(mailSession, realmId, email, code, locale)));
            }

            @Override
            protected void rollbackImpl() {
                // Nothing was kept, so nothing is sent.
            }
        });
    }

    private static void send(KeycloakSession mailSession, String realmId, String email, String code, String locale) {
        RealmModel realm = mailSession.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        mailSession.getContext().setRealm(realm);
        String clinic = realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
        // Keycloak adds its own attributes to this map, so it must be mutable.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("clinicName", clinic);
        attributes.put("code", code);
        try {
            mailSession.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(new InvitedAddress(mailSession, realm, email, locale))
                    .send("patientAccessRegistrationCodeSubject", List.of(clinic), TEMPLATE, attributes);
        } catch (EmailException e) {
            // The exception's text can name the recipient: log its kind only. The person can continue
            // without the code, and the registration waits for staff.
            LOG.warnf("Could not send a registration code in realm %s (%s)", realmId, e.getClass().getSimpleName());
        }
    }
}
