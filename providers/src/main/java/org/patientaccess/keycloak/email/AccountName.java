package org.patientaccess.keycloak.email;

import org.keycloak.models.UserModel;

/**
 * How an email names an account: its first and last name, else its email, else its username. Never
 * empty: an account staff made in the admin console may have neither a name nor an email.
 */
final class AccountName {

    private AccountName() {
    }

    static String of(UserModel user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        if (!name.isEmpty()) {
            return name;
        }
        return user.getEmail() != null ? user.getEmail() : user.getUsername();
    }
}
