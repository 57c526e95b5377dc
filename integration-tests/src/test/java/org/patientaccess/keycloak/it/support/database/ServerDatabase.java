package org.patientaccess.keycloak.it.support.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.testframework.config.Config;
import org.keycloak.testframework.database.TestDatabase;

/**
 * The database the test server runs on, read over JDBC by a test that must see what the server
 * stored. Only a PostgreSQL database handed to the Test Framework can be read so
 * ({@code kc.test.database=remote} with {@code kc.test.database.url}, {@code .user} and
 * {@code .password}, or the {@code KC_TEST_DATABASE*} environment variables, as {@code .ci/run} sets
 * them): the embedded H2 of an ordinary run lives inside the server. The PostgreSQL driver is on the
 * test classpath through the Test Framework's Keycloak server.
 */
public final class ServerDatabase {

    /** Why a test that reads the database was skipped: the JUnit assumption's message. */
    public static final String NOT_READABLE = "this test reads the server's database, so it runs only on PostgreSQL "
            + "(KC_TEST_DATABASE=remote with KC_TEST_DATABASE_URL=jdbc:postgresql://..., KC_TEST_DATABASE_USER and "
            + "KC_TEST_DATABASE_PASSWORD, or the kc.test.database.* system properties, as .ci/run sets them); "
            + "this run's database is the server's own H2";

    private final String url;
    private final String user;
    private final String password;

    private ServerDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The server's database, when this run gave it a PostgreSQL database the test can read too. */
    public static Optional<ServerDatabase> readable() {
        if (!"remote".equals(Config.getSelectedSupplier(TestDatabase.class))) {
            return Optional.empty();
        }
        String url = setting("url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        return Optional.of(new ServerDatabase(url, setting("user"), setting("password")));
    }

    private static String setting(String name) {
        return Config.getValueTypeConfig(TestDatabase.class, name, null, String.class);
    }

    /** The rows a query answers, each column by its lower-case name, with its parameters. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.put(columns.getColumnName(column).toLowerCase(), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the server's database: " + e.getMessage(), e);
        }
    }
}
