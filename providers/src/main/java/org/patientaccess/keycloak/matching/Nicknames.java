package org.patientaccess.keycloak.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.patientaccess.keycloak.keys.NameKey;

/** Given names that are one person's name (Robert, Rob, Bob), from {@code nicknames.txt} beside this class. */
public final class Nicknames {

    private static final Map<String, Set<Integer>> GROUPS = load();
    private static final Map<Integer, Set<String>> NAMES_BY_GROUP = namesByGroup();

    private Nicknames() {
    }

    /** Whether two folded given names belong to one group; a name is always its own nickname. */
    public static boolean areSameName(String foldedA, String foldedB) {
        if (foldedA.equals(foldedB)) {
            return true;
        }
        Set<Integer> groupsOfA = GROUPS.get(foldedA);
        Set<Integer> groupsOfB = GROUPS.get(foldedB);
        if (groupsOfA == null || groupsOfB == null) {
            return false;
        }
        for (Integer group : groupsOfA) {
            if (groupsOfB.contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** The folded given names that are one person's name with {@code folded}, itself included. */
    public static Set<String> sameNamesAs(String folded) {
        Set<String> names = new HashSet<>(Set.of(folded));
        GROUPS.getOrDefault(folded, Set.of()).forEach(group -> names.addAll(NAMES_BY_GROUP.get(group)));
        return names;
    }

    private static Map<Integer, Set<String>> namesByGroup() {
        Map<Integer, Set<String>> names = new HashMap<>();
        GROUPS.forEach((name, groups) -> groups.forEach(group -> names.computeIfAbsent(group, key -> new HashSet<>()).add(name)));
        return names;
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> groups = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int group = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                group++;
                for (String name : line.strip().split("\\s+")) {
                    groups.computeIfAbsent(NameKey.fold(name), key -> new HashSet<>()).add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
