package org.patientaccess.keycloak.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.keycloak.common.util.Time;

/**
 * Keycloak's own time ({@link Time}), as a {@link Clock}: expiries of grants and invitations follow
 * the same clock as Keycloak's tokens and sessions, including a test's time offset.
 */
public final class KeycloakClock extends Clock {

    public static final Clock UTC = new KeycloakClock(ZoneOffset.UTC);

    private final ZoneId zone;

    private KeycloakClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new KeycloakClock(zone);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }
}
