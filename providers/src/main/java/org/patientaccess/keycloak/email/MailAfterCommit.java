package org.patientaccess.keycloak.email;

import java.util.ArrayList;
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
 * Mails an address once (and only if) the request's transaction commits, on another thread: nothing
 * is told of a change that did not happen, and the answer does not wait for the mail server, so its
 * timing tells nobody whether a mail went out. A failed send is logged by its kind only (its text can
 * name the recipient).
 */
final class MailAfterCommit {

    private static final String EXECUTOR = "patient-access-mail";
    private static final Logger LOG = Logger.getLogger(MailAfterCommit.class);

    private MailAfterCommit() {
    }

    /**
     * @param attributes the template's attributes; the clinic's name is added as {@code clinicName},
     *                   and is the subject's first parameter
     */
    static void send(KeycloakSession session, RealmModel realm, String email, String locale, String subjectKey, String template,
                     Map<String, Object> attributes) {
        send(session, realm, email, locale, subjectKey, List.of(), template, attributes);
    }

    /** As {@link #send(KeycloakSession, RealmModel, String, String, String, String, Map)}, with more subject parameters after the clinic's name. */
    static void send(KeycloakSession session, RealmModel realm, String email, String locale, String subjectKey, List<String> moreSubjectParameters,
                     String template, Map<String, Object> attributes) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        Map<String, Object> copy = Map.copyOf(attributes);
        List<String> subjectAfterClinic = List.copyOf(moreSubjectParameters);
        ExecutorService executor = session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR);
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                executor.execute(() -> KeycloakModelUtils.runJobInTransaction(factory,
                        mailSession -> sendNow(mailSession, realmId, email, locale, subjectKey, subjectAfterClinic, template, copy)));
            }

            @Override
            protected void rollbackImpl() {
                // Nothing was kept, so nothing is sent.
            }
        });
    }

    private static void sendNow(KeycloakSession mailSession, String realmId, String email, String locale, String subjectKey,
                                List<String> subjectAfterClinic, String template, Map<String, Object> attributes) {
        RealmModel realm = mailSession.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        mailSession.getContext().setRealm(realm);
        String clinic = realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
        // Keycloak adds its own attributes to this map, so it must be mutable.
        Map<String, Object> all = new HashMap<>(attributes);
        all.put("clinicName", clinic);
        List<Object> subjectParameters = new ArrayList<>();
        subjectParameters.add(clinic);
        subjectParameters.addAll(subjectAfterClinic);
        try {
            mailSession.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(new InvitedAddress(mailSession, realm, email, locale))
                    .send(subjectKey, subjectParameters, template, all);
        } catch (EmailException e) {
            LOG.warnf("Could not send a %s email in realm %s (%s)", template, realmId, e.getClass().getSimpleName());
        }
    }
}
