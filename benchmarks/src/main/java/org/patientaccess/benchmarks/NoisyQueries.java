package org.patientaccess.benchmarks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What people type when they register: their record, with the noise of real forms: a nickname, a
 * typo in either name or both (some of which change how the name sounds), accents or capitals, a
 * surname changed by marriage, the day and month swapped, two adjacent digits of the birth date
 * swapped, a year off, a field left out, a new email or phone. Kinds of noise combine freely.
 */
final class NoisyQueries {

    /** One kind of difference between what is asked and what is on file, to report recall per kind. */
    enum Noise {
        NICKNAME, FIRST_NAME_TYPO, LAST_NAME_TYPO, SURNAME_CHANGED, CAPITALS, DAY_MONTH_SWAPPED,
        DIGITS_TRANSPOSED, YEAR_OFF, NEW_EMAIL, NEW_PHONE
    }

    /** Someone asked for, and what was changed from their record. */
    record Query(Person person, Set<Noise> noise) {
    }

    private static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Robert", "Bob"), Map.entry("William", "Bill"), Map.entry("Elizabeth", "Liz"),
            Map.entry("Michael", "Mike"), Map.entry("Catherine", "Kate"), Map.entry("Richard", "Rick"),
            Map.entry("Margaret", "Maggie"), Map.entry("Christopher", "Chris"), Map.entry("Jennifer", "Jen"),
            Map.entry("Matthew", "Matt"), Map.entry("Patricia", "Pat"), Map.entry("Anthony", "Tony"),
            Map.entry("Joseph", "Joe"), Map.entry("Benjamin", "Ben"), Map.entry("Nicholas", "Nick"),
            Map.entry("Alexander", "Alex"), Map.entry("Samuel", "Sam"), Map.entry("Daniel", "Dan"),
            Map.entry("David", "Dave"), Map.entry("Edward", "Ted"), Map.entry("Sofia", "Sophie"));

    /** Letters typed for others that sound different, so that the phonetic key changes too. */
    private static final String CONSONANTS = "bdfgklmnprstvz";

    private NoisyQueries() {
    }

    static Query noisy(Person person, Random random) {
        Set<Noise> noise = EnumSet.noneOf(Noise.class);
        String first = person.firstName();
        String last = person.lastName();
        LocalDate born = person.birthDate();
        if (random.nextInt(100) < 25 && NICKNAMES.containsKey(first)) {
            first = NICKNAMES.get(first);
            noise.add(Noise.NICKNAME);
        }
        if (random.nextInt(100) < 8) {
            first = typo(first, random, noise, Noise.FIRST_NAME_TYPO);
        }
        if (random.nextInt(100) < 5) {
            last = otherSurname(last, random);
            noise.add(Noise.SURNAME_CHANGED);
        } else if (random.nextInt(100) < 10) {
            last = typo(last, random, noise, Noise.LAST_NAME_TYPO);
        }
        if (random.nextInt(100) < 10) {
            first = first.toUpperCase();
            noise.add(Noise.CAPITALS);
        }
        int dateNoise = random.nextInt(100);
        if (dateNoise < 6 && born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            born = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
            noise.add(Noise.DAY_MONTH_SWAPPED);
        } else if (dateNoise < 12) {
            LocalDate transposed = adjacentDigitsSwapped(born, random);
            if (!transposed.equals(born)) {
                born = transposed;
                noise.add(Noise.DIGITS_TRANSPOSED);
            }
        } else if (dateNoise < 16) {
            born = born.plusYears(random.nextBoolean() ? 1 : -1);
            noise.add(Noise.YEAR_OFF);
        }
        String email = person.email();
        if (random.nextInt(100) < 35) {
            email = null;
        } else if (random.nextInt(100) < 12) {
            email = "new." + person.externalId().toLowerCase() + "@example.net";
            noise.add(Noise.NEW_EMAIL);
        }
        String phone = person.phone();
        if (random.nextInt(100) < 50) {
            phone = null;
        } else if (random.nextInt(100) < 12) {
            phone = String.format("+1514%07d", 2_000_000 + random.nextInt(7_000_000));   // exchanges 200-899: valid numbers
            noise.add(Noise.NEW_PHONE);
        }
        return new Query(new Person(person.externalId(), first, last, born, email, phone), noise);
    }

    /** Someone the clinic has never seen, with names from the same lists. */
    static Person stranger(int index, Random random) {
        return new Person("S" + index,
                SyntheticClinic.FIRST_NAMES[random.nextInt(SyntheticClinic.FIRST_NAMES.length)],
                SyntheticClinic.LAST_NAMES[random.nextInt(SyntheticClinic.LAST_NAMES.length)],
                SyntheticClinic.date(random, 1940, 2024), "stranger" + index + "@example.org", null);
    }

    private static String otherSurname(String last, Random random) {
        String other = last;
        while (other.equals(last)) {
            other = SyntheticClinic.LAST_NAMES[random.nextInt(SyntheticClinic.LAST_NAMES.length)];
        }
        return other;
    }

    private static String typo(String name, Random random, Set<Noise> noise, Noise kind) {
        if (name.length() < 4) {
            return name;
        }
        noise.add(kind);
        int at = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);                                    // a letter dropped
            case 1 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2); // two swapped
            default -> name.substring(0, at) + otherConsonant(name.charAt(at), random) + name.substring(at + 1); // one mistyped
        };
    }

    private static char otherConsonant(char letter, Random random) {
        char other = letter;
        while (other == letter) {
            other = CONSONANTS.charAt(random.nextInt(CONSONANTS.length()));
        }
        return other;
    }

    /**
     * The date with two adjacent digits of its YYYYMMDD form swapped ("1935" for "1953", "13" for
     * "31"), picked among the swaps that still give a valid date; the date itself if none does.
     */
    static LocalDate adjacentDigitsSwapped(LocalDate date, Random random) {
        List<LocalDate> variants = new ArrayList<>();
        String digits = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                try {
                    variants.add(LocalDate.of(Integer.parseInt(swapped.substring(0, 4)),
                            Integer.parseInt(swapped.substring(4, 6)), Integer.parseInt(swapped.substring(6, 8))));
                } catch (DateTimeException invalid) {
                    // "2031-02-31" is no date: nobody could type it into a date field.
                }
            }
        }
        // Years before 1900 or after today are refused by the form, so nobody sends them.
        variants.removeIf(variant -> variant.getYear() < 1900 || variant.isAfter(LocalDate.now()));
        return variants.isEmpty() ? date : variants.get(random.nextInt(variants.size()));
    }
}
