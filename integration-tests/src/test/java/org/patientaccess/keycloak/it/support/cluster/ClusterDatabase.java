package org.patientaccess.keycloak.it.support.cluster;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The cluster's one PostgreSQL database, given by system properties ({@code cluster.db.url},
 * {@code cluster.db.user}, {@code cluster.db.password}); read over JDBC by the tests that check rows,
 * and restarted by the command in {@code cluster.db.restart} (a shell command line).
 */
public final class ClusterDatabase {

    private final String url;
    private final String user;
    private final String password;
    private final String restartCommand;

    private ClusterDatabase(String url, String user, String password, String restartCommand) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.restartCommand = restartCommand;
    }

    static ClusterDatabase fromSystemProperties() {
        return new ClusterDatabase(required("cluster.db.url"), required("cluster.db.user"), required("cluster.db.password"),
                System.getProperty("cluster.db.restart", ""));
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalStateException("the cluster tests need the system property " + property);
        }
        return value;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The single number a query answers (a count), with its parameters. */
    public long number(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean canRestart() {
        return !restartCommand.isBlank();
    }

    /** Restarts PostgreSQL with the configured command and waits for it to end. */
    public void restart() throws IOException, InterruptedException {
        if (!canRestart()) {
            throw new IllegalStateException("no cluster.db.restart command is set");
        }
        Process restart = new ProcessBuilder("sh", "-c", restartCommand).inheritIO().start();
        if (!restart.waitFor(120, TimeUnit.SECONDS) || restart.exitValue() != 0) {
            throw new IllegalStateException("the restart command failed: " + restartCommand);
        }
    }
}
