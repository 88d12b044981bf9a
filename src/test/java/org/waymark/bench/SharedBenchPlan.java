package org.waymark.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.waymark.app.PlanPublish;
import org.waymark.app.demo.DemoPlanGenerator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

/** The shared-plan benchmarks' plan: a demo plan of {@code actions} written to a file and published to a new database "plan". */
public record SharedBenchPlan(Path file, String address) {

    public static SharedBenchPlan publish(EmbeddedPostgres pg, Path dir, int actions, Clock clock) throws Exception {
        try (Connection admin = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres")); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE plan");
        }
        Path file = dir.resolve("plan.waymark");
        DemoPlanGenerator.write(file, actions, 1, false, "bench", clock).close();
        String address = "postgresql://postgres@localhost:" + pg.getPort() + "/plan";
        PlanPublish.publish(file, address, "bench", clock);
        return new SharedBenchPlan(file, address);
    }
}
