package org.patientaccess.keycloak.core;

import java.util.List;

/**
 * What a merge did to the grants of the record merged away: the ids moved to the survivor, and the
 * ids ended because their account already acted for the survivor. An undo reverses exactly these.
 */
public record GrantMove(List<String> moved, List<String> ended) {
}
