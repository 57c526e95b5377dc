package org.patientaccess.keycloak.keys;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The slips of a hand typing a birth date: the day and month swapped ("01/12" for "12/01"), or two
 * adjacent digits of its YYYYMMDD form swapped ("1935" for "1953", "13" for "31"). Such a date is a
 * typo of the true one, not another person's birth date.
 */
public final class BirthDateTypos {

    private BirthDateTypos() {
    }

    /**
     * Whether {@code typed} is one of the slips of {@code date}; a date is not its own slip. Compared
     * digit by digit rather than through {@link #slipsOf} (which tries invalid dates): the scan of a
     * whole clinic asks this for every pair of records it scores.
     */
    public static boolean isSlipOf(LocalDate typed, LocalDate date) {
        if (typed.equals(date)) {
            return false;
        }
        if (typed.getYear() == date.getYear() && typed.getMonthValue() == date.getDayOfMonth()
                && typed.getDayOfMonth() == date.getMonthValue()) {
            return true;
        }
        char[] a = digits(typed);
        char[] b = digits(date);
        int first = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                if (first >= 0) {
                    return i == first + 1 && a[first] == b[i] && a[i] == b[first] && Arrays.equals(a, i + 1, a.length, b, i + 1, b.length);
                }
                first = i;
            }
        }
        return false;
    }

    /** YYYYMMDD (years 0 to 9999, as dates of birth are). */
    private static char[] digits(LocalDate date) {
        char[] digits = new char[8];
        int value = date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        for (int i = digits.length - 1; i >= 0; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return digits;
    }

    /** The valid dates one slip away from {@code date}, at most eight, for an IN list on the birth-date index. */
    public static List<LocalDate> slipsOf(LocalDate date) {
        Set<LocalDate> slips = new LinkedHashSet<>();
        dateOf(date.getYear(), date.getDayOfMonth(), date.getMonthValue(), slips);
        String digits = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                dateOf(Integer.parseInt(swapped.substring(0, 4)), Integer.parseInt(swapped.substring(4, 6)),
                        Integer.parseInt(swapped.substring(6, 8)), slips);
            }
        }
        slips.remove(date);
        return List.copyOf(slips);
    }

    /**
     * The digits of the date's YYYYMMDD form, sorted: every slip (adjacent digits or day and month
     * swapped) keeps them, so records with one key hold a date and all its slips, for blocking.
     */
    public static String digitsKey(LocalDate date) {
        char[] digits = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()).toCharArray();
        Arrays.sort(digits);
        return new String(digits);
    }

    private static void dateOf(int year, int month, int day, Set<LocalDate> into) {
        try {
            into.add(LocalDate.of(year, month, day));
        } catch (DateTimeException noSuchDate) {
            // "1984-13-02" or "1984-02-31": no one could have typed it into a date field.
        }
    }
}
