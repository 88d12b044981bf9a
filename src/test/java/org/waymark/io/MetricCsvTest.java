package org.waymark.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.Refused;
import org.waymark.domain.MetricPoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Reading a metric's "period,value" CSV file: the spellings of a month it takes, and the lines it refuses. */
class MetricCsvTest {

    @TempDir Path dir;

    @Test
    void readsAHeaderAndMixedMonthSpellings() throws Exception {
        Path csv = Files.writeString(dir.resolve("cat2.csv"), "period,value\n2030-01,19.5\n02/2030,18.2\nMar 2030,\"17.9\"\n\n2030-04,\"1,204\"\n");
        assertEquals(List.of(new MetricPoint(YearMonth.of(2030, 1), 19.5), new MetricPoint(YearMonth.of(2030, 2), 18.2),
                new MetricPoint(YearMonth.of(2030, 3), 17.9), new MetricPoint(YearMonth.of(2030, 4), 1204)), new MetricCsv().read(csv));
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingTheLine() throws Exception {
        assertEquals("Line 2: \"fast\" is not a number.", refusal("2030-01,19.5\n2030-02,fast\n"));
        assertTrue(refusal("2030-01,19.5\n01/2030,18\n").contains("appears twice"));
        assertTrue(refusal("2030-01,19.5\n2030-13,18\n").startsWith("Line 2: \"2030-13\" is not a month"));
        assertTrue(refusal("2030-01\n").startsWith("Line 1 has 1 column"));
        assertEquals("The file has no rows of period and value.", refusal("period,value\n"));
        Refused missing = assertThrows(Refused.class, () -> new MetricCsv().read(dir.resolve("absent.csv")));
        assertTrue(missing.getMessage().startsWith("The file absent.csv could not be read"), missing.getMessage());
    }

    private String refusal(String content) throws Exception {
        Path csv = Files.writeString(dir.resolve("f" + System.nanoTime() + ".csv"), content);
        return assertThrows(Refused.class, () -> new MetricCsv().read(csv)).getMessage();
    }
}
