package org.waymark.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanException;
import org.waymark.app.PlanPublish;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A shared plan over TLS with {@code sslmode=verify-full}, on a real PostgreSQL server whose certificate is signed by
 * a test authority (made with openssl): the plan is published, opened and read over an encrypted connection that the
 * server confirms; a certificate from another authority, and a server reached by a name its certificate does not
 * hold, are both refused with words that say what to check.
 */
class SharedTlsTest {

    @TempDir static Path dir;
    private static EmbeddedPostgres pg;
    private static Path ca;
    private static Path otherCa;

    @BeforeAll static void serverWithACertificate() throws Exception {
        // like the other judges' tools, installed by .ci/run; without it the certificates cannot be made
        org.junit.jupiter.api.Assumptions.assumeTrue(opensslInstalled(), "openssl is not installed: it makes this test's certificates");
        ca = authority("ca", "Waymark test authority");
        otherCa = authority("other-ca", "Someone else's authority");
        Path key = dir.resolve("server.key"), csr = dir.resolve("server.csr"), cert = dir.resolve("server.crt"), ext = dir.resolve("san.cnf");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/CN=127.0.0.1");
        Files.writeString(ext, "subjectAltName=IP:127.0.0.1\n");
        openssl("x509", "-req", "-in", csr.toString(), "-CA", ca.toString(), "-CAkey", dir.resolve("ca.key").toString(), "-CAcreateserial",
                "-out", cert.toString(), "-days", "2", "-extfile", ext.toString());
        // PostgreSQL refuses a private key that others may read
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        pg = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", cert.toString())
                .setServerConfig("ssl_key_file", key.toString())
                .start();
    }

    @AfterAll static void stop() throws IOException { if (pg != null) pg.close(); }

    @Test void aPlanIsPublishedOpenedAndReadOverAVerifiedEncryptedConnection() throws Exception {
        String db = newDatabase("tls_ok");
        String address = "postgresql://postgres@127.0.0.1:" + pg.getPort() + "/" + db + "?sslmode=verify-full&sslrootcert=" + ca;
        assertTrue(PlanPublish.publish(TestPlans.demoFile(dir.resolve("ok")), address, "tester", TestPlans.CLOCK).verified());
        try (PlanSession s = PlanSession.open(address, false, "tester", TestPlans.CLOCK)) {
            assertFalse(s.plan().actions().isEmpty());
            assertTrue(s.verifyAudit().intact());
            assertEquals(Boolean.TRUE, s.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    rs.next();
                    return rs.getBoolean(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }), "the server says this connection is encrypted");
        }
    }

    @Test void aCertificateFromAnotherAuthorityIsRefusedWithWhatToCheck() throws Exception {
        String db = newDatabase("tls_other_ca");
        PlanException e = assertThrows(PlanException.class, () -> PlanSession.open(
                "postgresql://postgres@127.0.0.1:" + pg.getPort() + "/" + db + "?sslmode=verify-full&sslrootcert=" + otherCa, true, "tester", TestPlans.CLOCK));
        assertTlsAdvice(e);
    }

    @Test void aServerReachedByANameItsCertificateDoesNotHoldIsRefused() throws Exception {
        String db = newDatabase("tls_wrong_name");
        PlanException e = assertThrows(PlanException.class, () -> PlanSession.open(
                "postgresql://postgres@localhost:" + pg.getPort() + "/" + db + "?sslmode=verify-full&sslrootcert=" + ca, true, "tester", TestPlans.CLOCK));
        assertTlsAdvice(e);
    }

    /** Without sslrootcert, the driver takes the root from the user's own folder, as libpq does (~/.postgresql/root.crt). */
    @Test void withoutSslrootcertTheRootIsReadFromTheUsersPostgresqlFolder() throws Exception {
        String db = newDatabase("tls_home_root");
        Path home = dir.resolve("home");
        String address = "postgresql://postgres@127.0.0.1:" + pg.getPort() + "/" + db + "?sslmode=verify-full";
        assertTrue(PlanPublish.publish(TestPlans.demoFile(dir.resolve("home-root")), address + "&sslrootcert=" + ca, "tester", TestPlans.CLOCK).verified());
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            PlanException none = assertThrows(PlanException.class, () -> PlanSession.open(address, true, "tester", TestPlans.CLOCK));
            assertTlsAdvice(none);
            assertTrue(none.getMessage().contains("root.crt"), "names the file it looked for: " + none.getMessage());
            Files.createDirectories(home.resolve(".postgresql"));
            Files.copy(ca, home.resolve(".postgresql").resolve("root.crt"));
            try (PlanSession s = PlanSession.open(address, true, "tester", TestPlans.CLOCK)) {
                assertFalse(s.plan().actions().isEmpty(), "connected, the server's certificate verified against ~/.postgresql/root.crt");
            }
        } finally {
            System.setProperty("user.home", before);
        }
    }

    private static void assertTlsAdvice(PlanException e) {
        assertEquals(PlanException.Kind.IO, e.kind());
        assertTrue(e.getMessage().startsWith("The plan's database server could not prove who it is"), e.getMessage());
        assertTrue(e.getMessage().contains("sslrootcert"), e.getMessage());
    }

    private static String newDatabase(String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** A certificate authority of its own: its key beside it, its certificate returned. */
    private static Path authority(String name, String subject) throws Exception {
        Path key = dir.resolve(name + ".key"), cert = dir.resolve(name + ".crt");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=" + subject);
        return cert;
    }

    private static boolean opensslInstalled() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "openssl " + String.join(" ", args) + ":\n" + out);
    }
}
