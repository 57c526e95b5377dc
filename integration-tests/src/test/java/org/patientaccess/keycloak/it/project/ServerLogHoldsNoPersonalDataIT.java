package org.patientaccess.keycloak.it.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.logs.RunsLast;

/**
 * After every other test of the run: the server's log (INFO and above, exception causes included)
 * holds none of the names, emails, phone numbers and birth dates the run gave the server.
 */
@RunsLast
class ServerLogHoldsNoPersonalDataIT {

    @Test
    void theServerLogHoldsNoNameEmailPhoneOrBirthDateTheRunUsed() throws IOException {
        Path log = PatientAccessServerConfig.serverLog();
        Assumptions.assumeTrue(Files.exists(log), "no server ran in this run");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);

        List<String> found = new ArrayList<>();
        for (String value : PersonalData.all()) {
            // Emails are stored in lower case; names and dates are written as given.
            Pattern word = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(value) + "(?![\\p{L}\\d])",
                    value.contains("@") ? Pattern.CASE_INSENSITIVE : 0);
            for (int i = 0; i < lines.size(); i++) {
                if (word.matcher(lines.get(i)).find()) {
                    found.add("line " + (i + 1) + " holds \"" + value + "\": " + lines.get(i));
                }
            }
        }

        assertThat(PersonalData.all()).as("the run registered the data it used").isNotEmpty();
        assertThat(lines).as("the server wrote its log to " + log).isNotEmpty();
        assertThat(found).as("personal data in " + log).isEmpty();
    }
}
