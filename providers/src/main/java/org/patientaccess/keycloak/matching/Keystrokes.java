package org.patientaccess.keycloak.matching;

/** Whether two strings are one slip of the keyboard apart: a letter dropped, added or mistyped, or two adjacent letters swapped. */
final class Keystrokes {

    private Keystrokes() {
    }

    static boolean oneApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(start + 1).equals(shorter.substring(start));
        }
        String restA = a.substring(start + 1);
        String restB = b.substring(start + 1);
        if (restA.equals(restB)) {
            return true;                                              // one letter mistyped
        }
        return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.substring(start + 2).equals(b.substring(start + 2));   // two adjacent letters swapped
    }
}
