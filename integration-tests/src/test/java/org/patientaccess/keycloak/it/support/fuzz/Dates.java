package org.patientaccess.keycloak.it.support.fuzz;

import java.util.random.RandomGenerator;

/**
 * Strings where a date is expected (birth dates, a grant's end): impossible days, out-of-range
 * parts, calendar edges, other orders and separators, and shapes a date parser should not accept.
 */
public final class Dates {

    /** Year 0, before 1900, a non-leap year (2023) and century (2100), the 4-digit edge and beyond. */
    private static final Gen<Integer> YEAR = Gen.of(-1, 0, 1, 99, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 9999, 10000, 275760, 999_999_999);
    private static final Gen<Integer> MONTH = Gen.of(-1, 0, 1, 2, 12, 13, 99);
    private static final Gen<Integer> DAY = Gen.of(-1, 0, 1, 28, 29, 30, 31, 32);
    private static final Gen<String> SEPARATOR = Gen.of("-", "-", "/", ".", " ", "");

    private static final Gen<String> SHAPE = Gen.of(
            "2000-01", "2000", "01-01", "2000-1-1", "2000-01-01T25:61:61Z", "2000-01-01T00:00:00+25:00", "2000-01-01Z",
            "２０００-０１-０１", "٢٠٠٠-٠١-٠١", "2000-01-01\u0000", " 2000-01-01 ", "2000-01-01 and more", "2000-W01-1", "2000-001",
            "+10000-01-01", "-999999999-01-01", "+999999999-12-31", "1700000000000", "Sat, 01 Jan 2000 00:00:00 GMT", "P1D", "today");

    private Dates() {
    }

    public static Gen<String> bad() {
        return Weighted.of(3, Dates::fromParts).or(1, SHAPE);
    }

    /** Year, month and day drawn from their edges, in some order, with some separator, mostly zero-padded. */
    private static String fromParts(RandomGenerator random) {
        boolean padded = random.nextInt(4) > 0;
        String year = padded ? String.format("%04d", YEAR.draw(random)) : String.valueOf(YEAR.draw(random));
        String month = padded ? String.format("%02d", MONTH.draw(random)) : String.valueOf(MONTH.draw(random));
        String day = padded ? String.format("%02d", DAY.draw(random)) : String.valueOf(DAY.draw(random));
        String separator = SEPARATOR.draw(random);
        return switch (random.nextInt(4)) {
            case 0 -> String.join(separator, day, month, year);
            case 1 -> String.join(separator, month, day, year);
            default -> String.join(separator, year, month, day);
        };
    }
}
