package org.waymark.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanException;
import org.waymark.app.PlanPublish;
import org.waymark.app.PeopleService;
import org.waymark.app.PlanSession;
import org.waymark.app.SettingsService;
import org.waymark.domain.BragKey;
import org.waymark.domain.Person;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs the SQL that docs/SHARED.md gives a trust's DBA, block by block, on a real server, then checks what each
 * role may do: through the app, and through plain JDBC where a tampered client would go. Passwords come from a
 * .pgpass file the driver reads, never from an address.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedRolesTest {

    @TempDir Path dir;
    private SharedServer.PasswordFile passwords;

    @AfterEach void forgetPasswords() { if (passwords != null) passwords.close(); }

    @Test void theDbaScriptGivesViewersReadOnlyAndEditorsAuditedWritesUnderTheirOwnLogin(SharedServer server) throws Exception {
        List<String> blocks = sqlBlocks(Files.readString(Path.of("docs/SHARED.md")));
        assertEquals(5, blocks.size(), "roles, database, database grants, logins, table grants");
        String db = server.newDatabase();
        server.superuser("postgres", "DROP DATABASE " + db); // the script makes it, owned by waymark_admin
        server.superuser("postgres", statements(blocks.get(0), db));
        server.superuser("postgres", statements(blocks.get(1), db));
        server.superuser(db, statements(blocks.get(2), db));
        server.superuser("postgres", statements(blocks.get(3), db));

        passwords = server.passwords(dir, "jsmith", "akhan", "board");

        // an admin login publishes as itself; the copy acts as the database's owner, so waymark_admin owns the tables
        assertTrue(PlanPublish.publish(TestPlans.demoFile(dir), server.location("jsmith", db), "tester", TestPlans.CLOCK).verified());
        try (Connection c = server.superuserConnection(db); Statement st = c.createStatement();
             java.sql.ResultSet owners = st.executeQuery("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")) {
            assertTrue(owners.next());
            assertEquals("waymark_admin", owners.getString(1));
            assertFalse(owners.next(), "one owner for every table");
        }
        try (Connection c = login(server, "jsmith", db); Statement st = c.createStatement()) {
            for (String s : statements(blocks.get(4), db)) st.execute(s);
        }

        // an editor's change is written, and the audit trail names the database login, not the name the app was given
        try (PlanSession editor = PlanSession.open(server.location("akhan", db), false, "someone-else", TestPlans.CLOCK)) {
            Action a = editor.plan().actions().get(0);
            new ActionService(editor).changeStatus(a.id(), a.status() == ActionStatus.ON_HOLD ? ActionStatus.IN_PROGRESS : ActionStatus.ON_HOLD, "Status review");
            assertEquals("akhan", editor.lastChange().orElseThrow().who());
            assertTrue(editor.verifyAudit().intact());
        }

        // people's permissions and the plan's settings are an admin's: an editor adds a lead but cannot make anyone an approver
        try (PlanSession editor = PlanSession.open(server.location("akhan", db), false, "akhan", TestPlans.CLOCK);
             PlanSession jsmith = PlanSession.open(server.location("jsmith", db), false, "jsmith", TestPlans.CLOCK)) {
            PeopleService people = new PeopleService(editor);
            Person added = people.addPerson(new Person(0, "New Lead", "Matron", "Surgery", "", "", false, false, false));
            Person approver = new Person(added.id(), added.name(), added.jobTitle(), added.directorate(), "", "", false, false, true);
            PlanException notYours = assertThrows(PlanException.class, () -> people.editPerson(added, approver));
            assertEquals(PlanException.Kind.READ_ONLY, notYours.kind());
            assertTrue(notYours.getMessage().contains("waymark_admin"), notYours.getMessage());
            BragKey key = editor.plan().bragKey();
            PlanException settings = assertThrows(PlanException.class, () -> new SettingsService(editor).saveBragKey(key, key.withRevisedMayBeGreen(!key.revisedMayBeGreen())));
            assertEquals(PlanException.Kind.READ_ONLY, settings.kind());
            new PeopleService(jsmith).editPerson(added, approver);
            new SettingsService(jsmith).saveBragKey(key, key.withRevisedMayBeGreen(!key.revisedMayBeGreen()));
            assertTrue(jsmith.verifyAudit().intact());
        }

        // a viewer cannot write, whatever its client does
        try (Connection viewer = login(server, "board", db); Statement st = viewer.createStatement()) {
            assertEquals(1, countOf(st, "SELECT count(*) FROM organisation"), "a viewer reads the plan");
            assertRefused(st, "UPDATE action SET title = 'changed by a viewer'");
            assertRefused(st, "INSERT INTO audit_log (id, entity, field, who, at, prev_hash, hash) VALUES (999999, 'x', 'x', 'x', 'x', 'x', 'x')");
            assertRefused(st, "DELETE FROM evidence");
            assertRefused(st, "UPDATE audit_head SET last_id = 0");
        }
        try (PlanSession viewer = PlanSession.open(server.location("board", db), false, "board", TestPlans.CLOCK)) {
            Action a = viewer.plan().actions().get(0);
            PlanException refused = assertThrows(PlanException.class, () -> new ActionService(viewer).changeStatus(a.id(), ActionStatus.COMPLETE, "Tampered client"));
            assertEquals(PlanException.Kind.READ_ONLY, refused.kind());
            assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
        }
        // an editor may add to the audit log but never rewrite or remove it
        try (Connection editor = login(server, "akhan", db); Statement st = editor.createStatement()) {
            assertRefused(st, "UPDATE audit_log SET who = 'nobody'");
            assertRefused(st, "DELETE FROM audit_log");
            assertRefused(st, "UPDATE plan_format SET version = 99");
            // and the rows it adds carry its own login: the database refuses another name, whatever the client sends
            SQLException forged = assertThrows(SQLException.class, () -> st.execute("INSERT INTO audit_log (id, entity, field, who, at, prev_hash, hash) "
                    + "VALUES (999999, 'action', 'title', 'jsmith', '2026-12-02T10:00:00Z', 'x', 'x')"));
            assertEquals("23514", forged.getSQLState(), forged.getMessage());
        }
    }

    private static Connection login(SharedServer server, String user, String db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user); // no password: the driver reads it from the .pgpass file
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + db, p);
    }

    private static void assertRefused(Statement st, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
        assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
    }

    private static long countOf(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> sqlBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static String[] statements(String block, String db) {
        return java.util.Arrays.stream(block.replace("waymark_plan", db).split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
