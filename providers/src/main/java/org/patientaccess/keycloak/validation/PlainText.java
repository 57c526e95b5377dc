package org.patientaccess.keycloak.validation;

/**
 * Text every database keeps as it was typed: no control characters (PostgreSQL refuses a NUL
 * outright, and none belongs in a name, a number or an address) and no half of a surrogate pair
 * (it would be kept as '?').
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isPlain(String text) {
        return text.codePoints().noneMatch(point -> Character.getType(point) == Character.CONTROL
                || Character.getType(point) == Character.SURROGATE);
    }
}
