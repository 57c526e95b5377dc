package org.patientaccess.benchmarks;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * What people type when they register: their record, with the noise of real forms: a nickname, a
 * typo, accents or capitals, the day and month swapped, a digit wrong, a field left out.
 */
final class NoisyQueries {

    private static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Robert", "Bob"), Map.entry("William", "Bill"), Map.entry("Elizabeth", "Liz"),
            Map.entry("Michael", "Mike"), Map.entry("Catherine", "Kate"), Map.entry("Richard", "Rick"),
            Map.entry("Margaret", "Maggie"), Map.entry("Christopher", "Chris"), Map.entry("Jennifer", "Jen"),
            Map.entry("Matthew", "Matt"), Map.entry("Patricia", "Pat"), Map.entry("Anthony", "Tony"),
            Map.entry("Joseph", "Joe"), Map.entry("Benjamin", "Ben"), Map.entry("Nicholas", "Nick"),
            Map.entry("Alexander", "Alex"), Map.entry("Samuel", "Sam"), Map.entry("Daniel", "Dan"),
            Map.entry("David", "Dave"), Map.entry("Edward", "Ted"), Map.entry("Sofia", "Sophie"));

    private NoisyQueries() {
    }

    static Person noisy(Person person, Random random) {
        String first = person.firstName();
        String last = person.lastName();
        LocalDate born = person.birthDate();
        if (random.nextInt(100) < 25 && NICKNAMES.containsKey(first)) {
            first = NICKNAMES.get(first);
        }
        if (random.nextInt(100) < 10) {
            last = typo(last, random);
        }
        if (random.nextInt(100) < 10) {
            first = first.toUpperCase();
        }
        if (random.nextInt(100) < 8 && born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            born = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
        } else if (random.nextInt(100) < 5) {
            born = born.plusYears(random.nextBoolean() ? 1 : -1);
        }
        String email = random.nextInt(100) < 35 ? null : person.email();
        String phone = random.nextInt(100) < 50 ? null : person.phone();
        return new Person(person.externalId(), first, last, born, email, phone);
    }

    /** Someone the clinic has never seen, with names from the same lists. */
    static Person stranger(int index, Random random) {
        return new Person("S" + index,
                SyntheticClinic.FIRST_NAMES[random.nextInt(SyntheticClinic.FIRST_NAMES.length)],
                SyntheticClinic.LAST_NAMES[random.nextInt(SyntheticClinic.LAST_NAMES.length)],
                SyntheticClinic.date(random, 1940, 2024), "stranger" + index + "@example.org", null);
    }

    private static String typo(String name, Random random) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return random.nextBoolean()
                ? name.substring(0, at) + name.substring(at + 1)                                   // a letter dropped
                : name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2); // two swapped
    }
}
