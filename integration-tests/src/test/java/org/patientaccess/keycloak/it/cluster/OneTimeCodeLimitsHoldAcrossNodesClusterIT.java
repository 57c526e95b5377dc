package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterNode;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The one-time code that proves a clinic's record to someone registering under another email: its
 * wrong tries are counted in the database, so a guesser who used them up on one node leaves none
 * for a registration on the other, and its daily sending limit counts both nodes' sends.
 */
@ExtendWith(ClusterExtension.class)
class OneTimeCodeLimitsHoldAcrossNodesClusterIT {

    private static final String STAFF = "staff@riverside-physio.example";
    private static final String PASSWORD = "Str0ng-passphrase!";

    @Test
    void wrongCodesUsedUpOnOneNodeLeaveNoTriesOnTheOther() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new ClinicRealm(), "codes");
        String surname = uniqueSurname("Lambert");
        String onFile = surname.toLowerCase() + ".old@family.test";
        staff(cluster, realm).create(patient(null, "Paul", surname, "1966-07-21", onFile, "514 555 0123"));
        Inbox inbox = new Inbox(cluster.mail());

        try (Browser guesser = registering(realm, cluster.a(), surname.toLowerCase() + ".guesser@elsewhere.test", surname)) {
            for (int i = 0; i < 4; i++) {
                guesser.submit("registration-code-form", Map.of("code", "00000" + i));
                assertThat(guesser.text()).contains("That code is not right");
            }
            guesser.submit("registration-code-form", Map.of("code", "000009"));
            assertThat(guesser.has("registration-code-used-up")).as(guesser.text()).isTrue();
        }
        int mails = inbox.mark();
        String owner = surname.toLowerCase() + ".new@family.test";
        try (Browser ownerOnB = registering(realm, cluster.b(), owner, surname)) {
            String code = inbox.awaitCode(onFile, mails);
            ownerOnB.submit("registration-code-form", Map.of("code", code));
            assertThat(ownerOnB.text()).as("the right code, but no tries left on node B").contains("That code is not right");
            ownerOnB.click("registration-code-continue");
            assertThat(ownerOnB.url()).as(ownerOnB.text()).contains("/account");
        }

        PatientAccessApi ownerApi = realm.personOn(cluster.b(), owner, PASSWORD);
        assertThat(ownerApi.get("/patients").json()).as("the owner got a provisional record, not the clinic's").hasSize(1);
    }

    @Test
    void atMostThreeCodesADayAreSentForOneRecordWhicheverNodeSendsThem() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new ClinicRealm(), "code-limit");
        String surname = uniqueSurname("Girard");
        String onFile = surname.toLowerCase() + ".old@family.test";
        staff(cluster, realm).create(patient(null, "Paul", surname, "1966-07-21", onFile, "514 555 0123"));
        Inbox inbox = new Inbox(cluster.mail());
        int mails = inbox.mark();

        for (int i = 1; i <= 4; i++) {
            ClusterNode node = i % 2 == 0 ? cluster.b() : cluster.a();
            try (Browser browser = registering(realm, node, surname.toLowerCase() + "." + i + "@elsewhere.test", surname)) {
                assertThat(browser.text()).doesNotContain(onFile);
            }
        }

        Thread.sleep(2_000);
        assertThat(inbox.countTo(onFile, mails)).as("codes mailed to the record's address by both nodes").isEqualTo(3);
    }

    private static PatientAccessApi staff(TwoNodeCluster cluster, ClusterRealm realm) {
        return PatientAccessApi.signedInAs(cluster.a().url(), realm.name(), STAFF, "staff");
    }

    /** Someone registering as Paul (the record's names, birth date and phone) on {@code node}: at the code page, once the password is set. */
    private static Browser registering(ClusterRealm realm, ClusterNode node, String email, String surname) throws Exception {
        Browser browser = realm.registeringOn(node, email, "Paul", surname, "1966-07-21", "514-555-0123");
        browser.submit("kc-passwd-update-form", Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));
        return browser;
    }
}
