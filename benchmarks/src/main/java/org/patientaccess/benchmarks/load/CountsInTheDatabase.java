package org.patientaccess.benchmarks.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * After the load, what the database holds against what the client saw, over JDBC: no grant lost or
 * doubled, every registration and every imported patient present.
 */
final class CountsInTheDatabase {

    /** One check: what it asks, the count found, the count expected. */
    record Check(String what, long found, long expected) {
        boolean holds() {
            return found == expected;
        }
    }

    private final Connection database;
    private final String realmId;
    final List<Check> checks = new ArrayList<>();

    CountsInTheDatabase(Connection database, String realm) throws SQLException {
        this.database = database;
        this.realmId = single("select id from realm where name = ?", realm);
    }

    void checkGrants(Collection<String> acceptedSeenByClient, Collection<String> clickedTwice) throws SQLException {
        long accepted = count("select count(*) from pa_invitation where realm_id = ? and status = 'ACCEPTED'");
        expect("invitations ACCEPTED in the database = accepts the client saw succeed", accepted, acceptedSeenByClient.size());
        expect("grants of origin INVITATION = invitations ACCEPTED",
                count("select count(*) from pa_access_grant where realm_id = ? and origin = 'INVITATION'"), accepted);
        expect("accepted invitations whose grant is missing or of another record",
                count("select count(*) from pa_invitation i left join pa_access_grant g on g.id = i.grant_id"
                        + " where i.realm_id = ? and i.status = 'ACCEPTED' and (g.id is null or g.patient_id <> i.patient_id)"), 0);
        expect("grants named by two invitations", count("select count(*) from (select grant_id from pa_invitation"
                + " where realm_id = ? and grant_id is not null group by grant_id having count(*) > 1) doubled"), 0);
        expect("accepts the client saw succeed whose invitation is not ACCEPTED with a grant",
                countAmong("select count(*) from pa_invitation where realm_id = ? and id = any(?) and (status <> 'ACCEPTED' or grant_id is null)",
                        acceptedSeenByClient), 0);
        expect("links clicked on both nodes: invitations ACCEPTED",
                countAmong("select count(*) from pa_invitation where realm_id = ? and id = any(?) and status = 'ACCEPTED'", clickedTwice),
                clickedTwice.size());
        expect("links clicked on both nodes: grants (one each)",
                countAmong("select count(*) from pa_access_grant g join pa_invitation i on i.patient_id = g.patient_id"
                        + " where g.realm_id = ? and i.id = any(?) and g.origin = 'INVITATION'", clickedTwice), clickedTwice.size());
        expect("account and record pairs with two active grants", count("select count(*) from (select user_id, patient_id from pa_access_grant"
                + " where realm_id = ? and revoked_at is null group by user_id, patient_id having count(*) > 1) doubled"), 0);
        expect("records with two active SELF grants", count("select count(*) from (select patient_id from pa_access_grant"
                + " where realm_id = ? and revoked_at is null and relationship = 'SELF' group by patient_id having count(*) > 1) doubled"), 0);
    }

    void checkRegistrations(Collection<String> registeredEmails, long continuedWithoutCode) throws SQLException {
        expect("accounts of the registrations the client saw finish",
                countAmong("select count(*) from user_entity where realm_id = ? and email = any(?)", registeredEmails), registeredEmails.size());
        expect("their online registration entries (one each)",
                countAmong("select count(*) from pa_online_registration r join user_entity u on u.id = r.user_id"
                        + " where r.realm_id = ? and u.email = any(?)", registeredEmails), registeredEmails.size());
        expect("their active SELF grants (one each)",
                countAmong("select count(*) from pa_access_grant g join user_entity u on u.id = g.user_id"
                        + " where g.realm_id = ? and u.email = any(?) and g.relationship = 'SELF' and g.revoked_at is null", registeredEmails),
                registeredEmails.size());
        long linked = countAmong("select count(*) from pa_access_grant g join user_entity u on u.id = g.user_id"
                + " join pa_patient_record p on p.id = g.patient_id where g.realm_id = ? and u.email = any(?) and g.relationship = 'SELF'"
                + " and g.revoked_at is null and g.origin = 'REGISTRATION' and p.external_id like 'R%' and p.email = u.email", registeredEmails);
        expect("of them linked by themselves to their own record (origin REGISTRATION) = those not shown the code page",
                linked, registeredEmails.size() - continuedWithoutCode);
        expect("records of returning patients with two active grants", count("select count(*) from (select g.patient_id from pa_access_grant g"
                + " join pa_patient_record p on p.id = g.patient_id where g.realm_id = ? and p.external_id like 'R%' and g.revoked_at is null"
                + " group by g.patient_id having count(*) > 1) doubled"), 0);
    }

    void checkImports(long createdAsReported) throws SQLException {
        expect("patients imported under load (external id I…) = created as the imports reported",
                count("select count(*) from pa_patient_record where realm_id = ? and external_id like 'I%'"), createdAsReported);
    }

    boolean allHold() {
        return checks.stream().allMatch(Check::holds);
    }

    String report() {
        StringBuilder out = new StringBuilder("| check | found | expected | holds |\n|---|---:|---:|---|\n");
        for (Check check : checks) {
            out.append(String.format("| %s | %,d | %,d | %s |%n", check.what(), check.found(), check.expected(), check.holds() ? "yes" : "**NO**"));
        }
        return out.toString();
    }

    private void expect(String what, long found, long expected) {
        checks.add(new Check(what, found, expected));
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, realmId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long countAmong(String sql, Collection<String> values) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            Array array = database.createArrayOf("varchar", values.toArray());
            statement.setString(1, realmId);
            statement.setArray(2, array);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private String single(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("nothing for " + parameter);
                }
                return result.getString(1);
            }
        }
    }
}
