package org.waymark.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PlanLocationTest {

    @Test void aPathIsAFileAndAnAddressIsASharedPlan() {
        assertEquals(new PlanLocation.File(Path.of("plans/trust.waymark")), PlanLocation.parse("plans/trust.waymark"));
        PlanLocation.Shared s = (PlanLocation.Shared) PlanLocation.parse("postgresql://jsmith@db.trust.nhs.uk:5433/waymark_plan?sslmode=verify-full");
        assertEquals("jsmith", s.user());
        assertEquals("db.trust.nhs.uk", s.host());
        assertEquals(5433, s.port());
        assertEquals("waymark_plan", s.database());
        assertEquals(Map.of("sslmode", "verify-full"), s.params());
        assertEquals("jdbc:postgresql://db.trust.nhs.uk:5433/waymark_plan?sslmode=verify-full", s.jdbcUrl());
        assertEquals("jsmith", s.properties().getProperty("user"));
        assertNull(s.properties().getProperty("password"));
        assertEquals("postgresql://jsmith@db.trust.nhs.uk:5433/waymark_plan?sslmode=verify-full", s.display());
    }

    @Test void parametersAreDecodedForTheDriverAndEncodedAgainInItsUrl() {
        PlanLocation.Shared s = (PlanLocation.Shared) PlanLocation.parse("postgresql://a@h/db?options=-c%20role%3Dwaymark_admin");
        assertEquals("-c role=waymark_admin", s.params().get("options"));
        assertEquals("jdbc:postgresql://h/db?options=-c%20role%3Dwaymark_admin", s.jdbcUrl());
        assertNull(s.port());
        assertNull(((PlanLocation.Shared) PlanLocation.parse("POSTGRESQL://h/db")).user());
    }

    @Test void aPasswordIsRefusedAndNeverRepeated() {
        for (String text : new String[]{"postgresql://jsmith:s3cret-pw@h/db", "postgresql://jsmith@h/db?password=s3cret-pw"}) {
            StoreException e = assertThrows(StoreException.class, () -> PlanLocation.parse(text));
            assertFalse(e.getMessage().contains("s3cret-pw"), e.getMessage());
            assertTrue(e.getMessage().contains(".pgpass"), e.getMessage());
            assertFalse(PlanLocation.redacted(text).contains("s3cret-pw"), PlanLocation.redacted(text));
        }
        assertEquals("postgresql://jsmith:…@h/db", PlanLocation.redacted("postgresql://jsmith:s3cret@h/db"));
        assertEquals("plans/a:b@c.waymark", PlanLocation.redacted("plans/a:b@c.waymark"));
    }

    @Test void aMissingDatabaseOrABadPortIsNamed() {
        assertTrue(assertThrows(StoreException.class, () -> PlanLocation.parse("postgresql://h")).getMessage().contains("Name the database"));
        assertTrue(assertThrows(StoreException.class, () -> PlanLocation.parse("postgresql://h:54x/db")).getMessage().contains("not a port number"));
        assertEquals("svc", ((PlanLocation.Shared) PlanLocation.parse("postgresql://?service=svc")).params().get("service"));
    }
}
