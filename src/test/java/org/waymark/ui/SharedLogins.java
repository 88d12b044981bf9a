package org.waymark.ui;

import org.waymark.shared.SharedServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Logins for the window tests on a shared plan: each may edit the plan's database, and proves its password from a
 * .pgpass file the driver reads (its password is the login's name with "-password"), never from an address.
 */
final class SharedLogins {

    private final String previous = System.getProperty("org.postgresql.pgpassfile");

    SharedLogins(SharedServer server, String database, Path dir, String... logins) throws IOException {
        StringBuilder pgpass = new StringBuilder();
        for (String login : logins) {
            server.superuser(database, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + login + "') THEN "
                            + "CREATE ROLE " + login + " LOGIN PASSWORD '" + login + "-password'; END IF; END $$",
                    "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + login, "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + login);
            pgpass.append("127.0.0.1:").append(server.port()).append(":*:").append(login).append(':').append(login).append("-password\n");
        }
        Path file = dir.resolve("pgpass");
        Files.writeString(file, pgpass);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", file.toString());
    }

    void close() {
        if (previous == null) System.clearProperty("org.postgresql.pgpassfile");
        else System.setProperty("org.postgresql.pgpassfile", previous);
    }
}
