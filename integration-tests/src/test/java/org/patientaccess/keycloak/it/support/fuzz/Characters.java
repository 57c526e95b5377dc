package org.patientaccess.keycloak.it.support.fuzz;

import java.util.List;

/**
 * Single characters by kind, each as a String: a character beyond the BMP is two chars (a surrogate
 * pair), a lone surrogate one. The kinds are the ones that break parsers, columns and logs.
 */
public final class Characters {

    /** Invisible or reordering characters, and code points that are not characters at all. */
    private static final List<String> INVISIBLE = List.of(
            "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", // zero-width space, non-joiner, joiner; LTR and RTL marks
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", // bidi embeddings and overrides
            "\u2066", "\u2067", "\u2068", "\u2069", // bidi isolates
            "\uFEFF", "\u00AD", "\u0301", "\u2028", "\u2029", // byte order mark, soft hyphen, combining accent, line and paragraph separators
            "\uFFFD", "\uFFFE", "\uFFFF", "\uFDD0"); // replacement character, noncharacters

    private Characters() {
    }

    /** Any of the kinds below, printable ASCII most often (so that strings still look like words). */
    public static Gen<String> any() {
        return Weighted.of(4, printableAscii())
                .or(2, otherBmp())
                .or(1, controls())
                .or(1, invisible())
                .or(1, beyondBmp())
                .or(1, loneSurrogates());
    }

    /** ' ' to '~'. */
    public static Gen<String> printableAscii() {
        return between(' ', '~');
    }

    /** C0 controls (NUL, tab, CR, LF, ESC...), DEL and C1 controls (NEL...). */
    public static Gen<String> controls() {
        return Weighted.of(32, between('\u0000', '\u001F')).or(1, Gen.just("\u007F")).or(32, between('\u0080', '\u009F'));
    }

    /** Any BMP character past Latin-1's controls but not a surrogate: accents, Greek, Arabic, CJK, combining marks, symbols. */
    public static Gen<String> otherBmp() {
        return Weighted.of(1, between('\u00A0', '\u024F')).or(1, between('\u0250', '\uD7FF')).or(1, between('\uE000', '\uFFFF'));
    }

    public static Gen<String> invisible() {
        return Gen.of(INVISIBLE);
    }

    /** A code point beyond the BMP (emoji most often), written as a surrogate pair. */
    public static Gen<String> beyondBmp() {
        return Weighted.of(1, Gen.between(0x1F300, 0x1FAFF)).or(1, Gen.between(0x10000, 0x10FFFF)).map(Character::toString);
    }

    /** Half a surrogate pair alone: not valid UTF-16, and no UTF-8 for it. */
    public static Gen<String> loneSurrogates() {
        return between('\uD800', '\uDFFF');
    }

    /** One of the characters of {@code alphabet}. */
    public static Gen<String> from(String alphabet) {
        return Gen.between(0, alphabet.length() - 1).map(i -> String.valueOf(alphabet.charAt(i)));
    }

    /** A char from {@code first} to {@code last}, both included. */
    public static Gen<String> between(char first, char last) {
        return Gen.between(first, last).map(c -> String.valueOf((char) c.intValue()));
    }
}
