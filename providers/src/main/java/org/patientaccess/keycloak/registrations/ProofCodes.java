package org.patientaccess.keycloak.registrations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.keycloak.common.util.SecretGenerator;
import org.keycloak.common.util.Time;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.email.ProofCodeMailer;
import org.patientaccess.keycloak.store.OnlineRegistrationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * The one-time codes that prove a registering person owns the email on a record. A code is kept
 * keyed, never in the clear nor as a plain hash of six digits (which anyone reading the database
 * could reverse in a second): an HMAC with the realm's own HMAC key (Keycloak's key providers keep it
 * in the database, shared by every node), over the realm, the record, the account and the code. The
 * record's limits (codes sent and wrong codes a day) are the store's, counted in the database.
 */
public final class ProofCodes {

    static final int LIFESPAN_SECONDS = 15 * 60;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OnlineRegistrationStore registrations;

    public ProofCodes(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.registrations = session.getProvider(PatientAccessStore.class).registrations();
    }

    /**
     * Keeps a new code for the record, for this account (within the record's codes of the day), and
     * mails it to the record's email once the request commits. False when none was sent.
     */
    public boolean send(PatientRecord record, UserModel user, String locale) {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        if (key == null || key.getSecretKey() == null) {
            return false;
        }
        String code = SecretGenerator.getInstance().randomString(6, SecretGenerator.DIGITS);
        Instant expiresAt = Instant.ofEpochSecond(Time.currentTime() + LIFESPAN_SECONDS);
        if (!registrations.issueCode(realm, record.id(), user.getId(), keyed(key.getSecretKey(), realm.getId(), record.id(), user.getId(), code),
                expiresAt)) {
            return false;
        }
        new ProofCodeMailer(session, realm).sendAfterCommit(record.details().email(), code, locale);
        return true;
    }

    /** Whether the code proves the record for this account; a wrong one counts against the record's tries. */
    public boolean prove(PatientRecord record, UserModel user, String code) {
        if (code == null) {
            return false;
        }
        // Under every key the realm still holds, so that a rotation in the code's quarter of an hour does not lose it.
        List<String> candidates = session.keys().getKeysStream(realm, KeyUse.SIG, Algorithm.HS512)
                .filter(key -> key.getSecretKey() != null)
                .map(key -> keyed(key.getSecretKey(), realm.getId(), record.id(), user.getId(), code.strip()))
                .toList();
        return registrations.proveCode(realm, record.id(), user.getId(), candidates);
    }

    /** The code as kept: bound to the realm, the record and the account, and unreadable without the realm's key. */
    static String keyed(SecretKey key, String realmId, String patientId, String userId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String message = String.join("\n", "patient-access-proof-code", realmId, patientId, userId, code);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
