package org.patientaccess.keycloak.it.support.fuzz;

/** Strings made of generated characters (see {@link Characters}). */
public final class Strings {

    private Strings() {
    }

    /** {@code minLength} to {@code maxLength} characters, each drawn from {@code characters}. */
    public static Gen<String> of(Gen<String> characters, int minLength, int maxLength) {
        return random -> {
            int length = random.nextInt(minLength, maxLength + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(characters.draw(random));
            }
            return text.toString();
        };
    }
}
