package org.patientaccess.keycloak.rest.admin;

import org.keycloak.services.resources.admin.AdminEventBuilder;

/** The request's one admin event builder, for a request that writes more than one event. */
final class AdminEvents {

    private AdminEvents() {
    }

    /** The builder without the details of an event written before in the same request (the builder keeps them). */
    static AdminEventBuilder fresh(AdminEventBuilder adminEvent) {
        adminEvent.getEvent().setDetails(null);
        return adminEvent;
    }
}
