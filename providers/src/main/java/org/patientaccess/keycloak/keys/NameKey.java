package org.patientaccess.keycloak.keys;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Match keys of a name: a folded form (lower case, accents removed, only a-z and 0-9) for exact and
 * prefix look-ups, and a phonetic form for sounds-alike blocking.
 */
public final class NameKey {

    /** Letters that Unicode decomposition leaves whole, spelled the way people type them in ASCII. */
    private static final Map<Character, String> LETTERS_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"));

    private static final int PHONETIC_LENGTH = 6;
    /** Configured once, then only read: encoding keeps no state in the encoder, so threads share it. */
    private static final DoubleMetaphone METAPHONE = metaphone();

    private NameKey() {
    }

    /**
     * The folded form: "Zoë O'Brien-Łukasz" becomes "zoeobrienlukasz". Spacing, punctuation and case
     * never distinguish two names, so they are dropped.
     */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                folded.append(c);
            } else {
                String replacement = LETTERS_WITHOUT_DECOMPOSITION.get(c);
                if (replacement != null) {
                    folded.append(replacement);
                }
            }
        }
        return folded.toString();
    }

    /** The Double Metaphone primary code of the folded name, or "" for a name without letters. */
    public static String phonetic(String name) {
        // Called for every pair a scan scores: no regular expression, no encoder built per call.
        String folded = fold(name);
        StringBuilder letters = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.isEmpty() ? "" : METAPHONE.doubleMetaphone(letters.toString());
    }

    private static DoubleMetaphone metaphone() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(PHONETIC_LENGTH);
        return metaphone;
    }

    /**
     * The smallest folded string greater than every string starting with {@code prefix}, so that a
     * prefix search is the index range {@code [prefix, upperBound)} under any collation that orders
     * a-z and 0-9 as ASCII does; {@code null} when the range is open ("zz").
     */
    public static String prefixUpperBound(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (!bound.isEmpty()) {
            int last = bound.length() - 1;
            char c = bound.charAt(last);
            if (c == 'z') {
                bound.setLength(last);
            } else {
                bound.setCharAt(last, c == '9' ? 'a' : (char) (c + 1));
                return bound.toString();
            }
        }
        return null;
    }
}
