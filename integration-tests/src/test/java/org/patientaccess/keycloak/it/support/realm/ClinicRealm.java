package org.patientaccess.keycloak.it.support.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;
import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/**
 * The test realm: the realm the demo and the clinics run, {@value #REALM_FILE} (the one source of its
 * settings: registration with names, birth date and phone in the user profile, email verification,
 * brute-force protection, events, the clinic themes, English and French, the booking app and the
 * demo's users), with what the tests need on top of it:
 * <ul>
 *   <li>the three kinds of staff the permission rules tell apart (a receptionist who may manage users,
 *       an auditor who may only view them, and a clinician with neither role), a family of patients
 *       with accounts (two parents and a grandmother) and an account whose email was never confirmed;
 *       each has the birth date the realm's user profile requires of its users, so that a sign-in asks
 *       for nothing more;</li>
 *   <li>the test tweaks of {@link #testTweaks}, each saying why.</li>
 * </ul>
 * The variants ({@link InvitingClinicRealm}, {@link BookingClinicRealm}, ...) extend it with their own
 * tweaks; the Test Framework names each realm it creates, and the cluster tests name theirs.
 */
public class ClinicRealm implements RealmConfig {

    /** The demo's realm file, on the test class path (the integration-tests pom copies {@code realm-config/} there). */
    public static final String REALM_FILE = "/realm-config/clinic-realm.json";

    public static final String PASSWORD = "correct-horse-battery";
    public static final String RECEPTIONIST = "reception@clinic.test";
    public static final String AUDITOR = "auditor@clinic.test";
    public static final String CLINICIAN = "clinician@clinic.test";
    public static final String MOTHER = "maria@family.test";
    public static final String FATHER = "luis@family.test";
    public static final String GRANDMOTHER = "rosa@family.test";
    /** An account whose email address was never confirmed. */
    public static final String UNVERIFIED = "unverified@family.test";
    /** The realm's {@code patientAccess.defaultPhoneRegion}, as the realm file sets it. */
    public static final String PHONE_REGION = "CA";

    /** The realm's default role, named as in the realm file whatever the realm's own name (see {@link #readRealmFile}). */
    public static final String DEFAULT_ROLES = "default-roles-clinic";

    private static final String PHONE_REGION_ATTRIBUTE = "patientAccess.defaultPhoneRegion";
    private static final String INVITATION_CLIENT_ID = "patientAccess.invitationClientId";
    private static final String STAFF_CONSOLE_CLIENT_ID = "security-admin-console";
    /** A value of the realm file that Keycloak's import at startup reads from the environment, else its default: {@code ${NAME:default}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return realm
                .update(ClinicRealm::readRealmFile)
                .update(ClinicRealm::testTweaks)
                .users(
                        person(RECEPTIONIST, "Rita", "Reception", "1979-02-11").clientRoles("realm-management", "view-users", "manage-users"),
                        person(AUDITOR, "Aldo", "Audit", "1971-10-23").clientRoles("realm-management", "view-users"),
                        person(CLINICIAN, "Clara", "Clinic", "1986-07-30"),
                        person(MOTHER, "Maria", "Garcia", "1984-06-02"),
                        person(FATHER, "Luis", "Garcia", "1982-11-20"),
                        person(GRANDMOTHER, "Rosa", "Hernandez", "1951-01-30"),
                        person(UNVERIFIED, "Uma", "Unverified", "1992-01-26").emailVerified(false));
    }

    /**
     * Reads {@value #REALM_FILE} into the representation, as the demo imports it; the Test Framework
     * (or the cluster harness) then names the realm, so that two clinics of one test stay apart. The
     * demo's users hold the realm's default role by the name the file gives it, so the realm keeps
     * that name for it. Their names, emails, birth dates and phone numbers are the run's personal data
     * like the tests' own.
     */
    static void readRealmFile(RealmRepresentation representation) {
        try (InputStream json = ClinicRealm.class.getResourceAsStream(REALM_FILE)) {
            if (json == null) {
                throw new IllegalStateException("no realm file " + REALM_FILE + " on the test class path");
            }
            JsonSerialization.mapper.readerForUpdating(representation).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RoleRepresentation defaultRole = new RoleRepresentation();
        defaultRole.setName("default-roles-" + representation.getRealm());
        if (!DEFAULT_ROLES.equals(defaultRole.getName())) {
            throw new IllegalStateException(REALM_FILE + " names its realm " + representation.getRealm() + ": change DEFAULT_ROLES");
        }
        representation.setDefaultRole(defaultRole);
        representation.setRealm(null);
        if (!PHONE_REGION.equals(representation.getAttributes().get(PHONE_REGION_ATTRIBUTE))) {
            throw new IllegalStateException(REALM_FILE + " sets " + PHONE_REGION_ATTRIBUTE + " to "
                    + representation.getAttributes().get(PHONE_REGION_ATTRIBUTE) + ": change PHONE_REGION");
        }
        for (UserRepresentation user : representation.getUsers() == null ? List.<UserRepresentation>of() : representation.getUsers()) {
            PersonalData.used(user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName());
            Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
            attributes.getOrDefault("birthDate", List.of()).forEach(PersonalData::used);
            attributes.getOrDefault("phoneNumber", List.of()).forEach(PersonalData::usedPhone);
        }
    }

    /** What every test changes in the clinics' realm, and why. */
    private static void testTweaks(RealmRepresentation representation) {
        // Keycloak resolves the realm file's ${NAME:default} values (its SMTP server's) only when it
        // imports the file at startup; created through the admin API, the realm would keep them as
        // written. The tests take the defaults: the Test Framework's mail server listens there, and a
        // test that reads mail sets its own anyway.
        representation.setSmtpServer(withDefaults(representation.getSmtpServer()));
        // The file's staff console client names the demo's realm in its addresses (as Keycloak makes
        // it: /admin/clinic/console/); the Test Framework names each test's realm, so its console
        // comes back to the admin console of whichever realm on this server.
        ClientRepresentation staffConsole = staffConsole(representation);
        staffConsole.setBaseUrl(null);
        staffConsole.setRedirectUris(List.of("/admin/*"));
    }

    /** The realm file's admin console client (Keycloak's security-admin-console, with the clinic's staff login theme). */
    static ClientRepresentation staffConsole(RealmRepresentation representation) {
        return representation.getClients().stream().filter(client -> STAFF_CONSOLE_CLIENT_ID.equals(client.getClientId()))
                .findFirst().orElseThrow(() -> new IllegalStateException(REALM_FILE + " has no client " + STAFF_CONSOLE_CLIENT_ID));
    }

    /**
     * A test tweak of the variants whose tests follow an invitation to where it lands and check that
     * it is the account console: the realm file lands people who answer an invitation on the demo's
     * booking app ({@code patientAccess.invitationClientId}); without it they land on the account
     * console, the plugin's default. (Elsewhere the tests' browser stands in for the booking app's
     * page without fetching it: see {@link org.patientaccess.keycloak.it.support.browser.Browser}.)
     */
    static void invitationsLandOnTheAccountConsole(RealmRepresentation representation) {
        representation.getAttributes().remove(INVITATION_CLIENT_ID);
    }

    /** The settings with each {@code ${NAME:default}} placeholder replaced by its default. */
    private static Map<String, String> withDefaults(Map<String, String> settings) {
        if (settings == null) {
            return null;
        }
        Map<String, String> resolved = new HashMap<>();
        settings.forEach((key, value) -> resolved.put(key, PLACEHOLDER.matcher(value).replaceAll(
                placeholder -> Matcher.quoteReplacement(placeholder.group(2) == null ? "" : placeholder.group(2)))));
        return resolved;
    }

    /**
     * A realm user: staff and patients are both ordinary accounts; roles make the difference. Its
     * birth date is the one the realm's user profile requires of its users.
     */
    static UserBuilder person(String email, String firstName, String lastName, String birthDate) {
        PersonalData.used(email, firstName, lastName, birthDate);
        return UserBuilder.create(email).email(email).emailVerified(true).name(firstName, lastName).password(PASSWORD)
                .attribute("birthDate", birthDate);
    }
}
