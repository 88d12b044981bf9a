package org.waymark.ui;

import org.waymark.shared.SharedServer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Logins for the window tests on a shared plan: each may edit the plan's database, and proves its password from a
 * .pgpass file the driver reads (its password is the login's name with "-password"), never from an address.
 */
final class SharedLogins {

    private final SharedServer.PasswordFile passwords;

    SharedLogins(SharedServer server, String database, Path dir, String... logins) throws IOException {
        for (String login : logins) {
            server.superuser(database, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + login + "') THEN "
                            + "CREATE ROLE " + login + " LOGIN PASSWORD '" + login + "-password'; END IF; END $$",
                    "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + login, "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + login);
        }
        passwords = server.passwords(dir, logins);
    }

    void close() { passwords.close(); }
}
