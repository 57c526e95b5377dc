package org.patientaccess.keycloak.core;

import java.util.Locale;

/** The invitation is no longer in a state that allows this change: it was decided or withdrawn, perhaps a moment ago. */
public class InvitationStateException extends ConflictException {

    public InvitationStateException(InvitationStatus status, String advice) {
        super("the invitation is " + status.name().toLowerCase(Locale.ROOT) + "; " + advice);
    }
}
