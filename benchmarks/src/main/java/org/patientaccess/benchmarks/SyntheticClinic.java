package org.patientaccess.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A clinic's records as families make them: households of one to five sharing a surname, an email
 * and a phone; children born close together, now and then twins, now and then a child named after a
 * parent. Names are drawn from short lists, so that namesakes are common, as in life.
 */
public final class SyntheticClinic {

    public static final String[] FIRST_NAMES = {
        "Maria", "Jose", "Luis", "Ana", "Sofia", "Mateo", "Emma", "Olivia", "Liam", "Noah", "William", "James",
        "Lucas", "Chloe", "Zoe", "Lea", "Alice", "Juliette", "Gabriel", "Leo", "Thomas", "Nathan", "Samuel",
        "Jacob", "Ethan", "Mia", "Charlotte", "Amelia", "Ava", "Isabella", "Aisha", "Omar", "Fatima", "Yusuf",
        "Mei", "Wei", "Jun", "Hana", "Min", "Priya", "Arjun", "Ravi", "Anika", "Sara", "David", "Daniel",
        "Marie", "Pierre", "Jean", "Claire", "Robert", "Elizabeth", "Michael", "Catherine", "Richard", "Margaret",
        "Christopher", "Jennifer", "Matthew", "Patricia", "Anthony", "Susan", "Joseph", "Deborah", "Benjamin",
        "Rebecca", "Nicholas", "Victoria", "Alexander", "Samantha", "Andrew", "Jessica", "Edward", "Dorothy"};
    public static final String[] LAST_NAMES = {
        "Smith", "Garcia", "Nguyen", "Tremblay", "Martin", "Roy", "Gagnon", "Lee", "Wilson", "Brown", "Taylor",
        "Cote", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Patel", "Singh", "Khan", "Chen", "Wang",
        "Li", "Kim", "Park", "Lopez", "Hernandez", "Gonzalez", "Rodriguez", "Perez", "Sanchez", "Ramirez",
        "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutierrez", "Chavez",
        "Ramos", "Ruiz", "Alvarez", "Mendoza", "Castillo", "Jimenez", "Moreno", "Romero", "OConnor", "MacDonald",
        "Fraser", "Campbell", "Stewart", "Anderson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
        "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Mitchell",
        "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Morris", "Murphy",
        "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Cox", "Ward",
        "Richardson", "Watson", "Brooks", "Wood", "James", "Bennett", "Gray", "Hughes", "Price", "Sanders"};

    private SyntheticClinic() {
    }

    public static List<Person> generate(int size, long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>(size);
        int household = 0;
        while (people.size() < size) {
            household++;
            String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            String email = "family" + household + "@example.com";
            String phone = String.format("+1416%07d", 2_000_000 + household % 7_999_999);
            int adults = 1 + random.nextInt(2);
            List<Person> parents = new ArrayList<>();
            for (int i = 0; i < adults && people.size() < size; i++) {
                Person parent = person(people.size(), random, lastName, date(random, 1940, 1995), email, phone);
                parents.add(parent);
                people.add(parent);
            }
            int children = random.nextInt(4);
            LocalDate born = date(random, 1996, 2024);
            for (int i = 0; i < children && people.size() < size; i++) {
                boolean twin = i > 0 && random.nextInt(10) == 0;
                born = twin ? born : born.plusDays(300 + random.nextInt(1500));
                if (born.isAfter(LocalDate.of(2025, 12, 31))) {
                    break;
                }
                boolean namedAfterParent = random.nextInt(20) == 0;
                String firstName = namedAfterParent ? parents.get(0).firstName() : FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                // Siblings born the same day (twins, triplets) never share a first name: nobody could tell them apart.
                while (twin && bornOnTheDay(people, born).contains(firstName)) {
                    firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                }
                people.add(new Person(id(people.size()), firstName, lastName, born, email, phone));
            }
        }
        return people;
    }

    /** The first names of the household's last children, born on {@code day}. */
    private static List<String> bornOnTheDay(List<Person> people, LocalDate day) {
        List<String> names = new ArrayList<>();
        for (int i = people.size() - 1; i >= 0 && people.get(i).birthDate().equals(day); i--) {
            names.add(people.get(i).firstName());
        }
        return names;
    }

    private static Person person(int index, Random random, String lastName, LocalDate born, String email, String phone) {
        return new Person(id(index), FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], lastName, born, email, phone);
    }

    public static LocalDate date(Random random, int fromYear, int toYear) {
        return LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    static String id(int index) {
        return String.format("B%07d", index);
    }
}
