package org.patientaccess.keycloak.it.support.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Each kind of junk the fuzz tests count on is drawn, in a few hundred draws. */
class JunkTest {

    private static final int DRAWS = 500;

    @Test
    void badTextHasEveryKindOfTroublesomeCharacter() {
        List<String> texts = draws(Junk.text());

        assertSome(texts, "C0 and C1 controls", text -> text.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)));
        assertSome(texts, "bidi overrides and isolates", text -> text.chars().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)));
        assertSome(texts, "zero-width characters", text -> text.chars().anyMatch(c -> c >= 0x200B && c <= 0x200D));
        assertSome(texts, "lone surrogates", text -> text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE));
        assertSome(texts, "characters beyond the BMP", text -> text.codePoints().anyMatch(c -> c > 0xFFFF));
        assertSome(texts, "letters of other scripts", text -> text.codePoints().anyMatch(c -> c > 0x250 && Character.isLetter(c)));
        assertSome(texts, "name-like text", text -> text.length() > 5 && text.matches("[A-Za-z0-9 \\-.,'@+_/]+"));
        assertSome(texts, "the empty string", String::isEmpty);
        assertSome(texts, "spreadsheet formulas", text -> text.startsWith("="));
        assertSome(texts, "injections", text -> text.contains("DROP TABLE") || text.contains("<script>") || text.contains("${jndi:"));
        assertSome(texts, "characters that grow when folded, repeated", text -> text.length() >= 20 && text.chars().distinct().count() == 1 && !text.equals(text.toLowerCase()));
        assertSome(texts, "impossible days", text -> text.matches("\\d{4}-\\d{2}-(30|31|32)") || text.matches("\\d{4}-02-29"));
        assertSome(texts, "months out of range", text -> text.matches("\\d{4}-(00|13|99)-\\d{2}"));
        assertSome(texts, "dates in another order or with other separators", text -> text.matches("\\d{2}[-/. ]\\d{2}[-/. ]\\d{4}"));
        assertSome(texts, "years beyond four digits", text -> text.matches("[+-]?\\d{5,}-\\d{2}-\\d{2}"));
        assertThat(texts).as("text stays short").allMatch(text -> text.length() <= 400);
    }

    @Test
    void badStringsAreNowAndThenHuge() {
        List<String> strings = draws(Junk.strings());

        assertSome(strings, "huge strings", text -> text.length() >= 1_000);
        assertThat(strings).as("at most 300,000 chars").allMatch(text -> text.length() <= 300_000);
    }

    @Test
    void jsonValuesAreOfEveryTypeAndAtTheEdges() {
        List<Object> values = draws(Junk.value(3));

        assertSome(values, "null", value -> value == null);
        assertSome(values, "booleans", Boolean.class::isInstance);
        assertSome(values, "ints", Integer.class::isInstance);
        assertSome(values, "the int's edges", value -> Integer.valueOf(Integer.MIN_VALUE).equals(value) || Integer.valueOf(Integer.MAX_VALUE).equals(value));
        assertSome(values, "longs beyond an int", value -> value instanceof Long l && (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE));
        assertSome(values, "doubles", Double.class::isInstance);
        assertSome(values, "numbers no double holds", BigDecimal.class::isInstance);
        assertSome(values, "strings", String.class::isInstance);
        assertSome(values, "arrays with holes", value -> value instanceof List<?> list && list.contains(null));
        assertSome(values, "objects", Map.class::isInstance);
        assertSome(values, "nested containers", value -> value instanceof List<?> list && list.stream().anyMatch(each -> each instanceof List || each instanceof Map));
    }

    @Test
    void aMutatedObjectLosesNullsRetypesAndAddsFields() {
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("email", "ana.li@family.test");
        valid.put("phone", "514 555 0123");
        List<Map<String, Object>> objects = draws(Junk.mutated(valid));

        assertSome(objects, "the valid object itself", valid::equals);
        assertSome(objects, "a field left out", object -> !object.containsKey("email"));
        assertSome(objects, "a field nulled", object -> object.containsKey("email") && object.get("email") == null);
        assertSome(objects, "a field of another type", object -> object.get("phone") != null && !(object.get("phone") instanceof String));
        assertSome(objects, "a field with a bad string", object -> object.get("email") instanceof String email && !email.equals(valid.get("email")));
        assertSome(objects, "an unknown field", object -> object.keySet().stream().anyMatch(key -> !valid.containsKey(key)));
        assertSome(objects, "several changes", object -> !object.containsKey("email") && !valid.get("phone").equals(object.get("phone")));
    }

    @Test
    void aBodyIsMostlyAnObjectAndOtherwiseNoneOrNotJsonAtAll() {
        Map<String, Object> valid = new LinkedHashMap<>(Map.of("firstName", "Ana", "lastName", "Li", "birthDate", "2001-02-03"));
        List<String> bodies = draws(Junk.body(valid));

        assertThat(bodies.stream().filter(Junk::isJsonObject).count()).as("JSON objects").isGreaterThan(DRAWS / 2);
        assertSome(bodies, "JSON that is not an object", body -> parses(body) && !Junk.isJsonObject(body));
        assertSome(bodies, "text that is not JSON", body -> !parses(body));
        assertSome(bodies, "an object cut short", body -> body.startsWith("{\"") && !parses(body));
        assertSome(bodies, "nesting deeper than parsers allow", body -> body.startsWith("{\"firstName\":{\"firstName\":".repeat(100)));
    }

    private static <T> List<T> draws(Gen<T> gen) {
        RandomGenerator random = Fuzz.randomFor("JunkTest", "draws");
        List<T> drawn = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            drawn.add(gen.draw(random));
        }
        return drawn;
    }

    private static <T> void assertSome(List<T> drawn, String kind, Predicate<T> isOfKind) {
        assertThat(drawn.stream().anyMatch(isOfKind)).as("some " + kind + " in " + drawn.size() + " draws").isTrue();
    }

    private static boolean parses(String body) {
        try {
            JsonNode node = new ObjectMapper().readTree(body);
            return node != null && !node.isMissingNode();
        } catch (Exception e) {
            return false;
        }
    }
}
