package be.pillars.targetgroups.internal.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;

class PopulationFileTest {

    /** Statbel's 21 columns, pipe-separated, UTF-8 with a byte order mark, two municipalities. */
    static byte[] statbelSample() throws IOException {
        try (InputStream in = PopulationFileTest.class.getResourceAsStream("/statbel/TF_SOC_POP_STRUCT_2025_sample.txt")) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsStatbelsFileUnchangedSummingNationalitiesAndCivilStates() throws IOException {
        PopulationFile.Parsed hasselt = PopulationFile.read(statbelSample(), 2025, "71022");
        assertEquals("71022", hasselt.refnis());
        assertEquals("Hasselt", hasselt.municipality());
        assertEquals(48, hasselt.rows());
        assertEquals(624, hasselt.people());
        assertEquals(12, hasselt.cells().size());
        assertEquals(new PopulationCell(20, "F", "", 34), hasselt.cells().get(2));
        assertEquals(new PopulationCell(20, "M", "", 18), hasselt.cells().get(3));
        PopulationFile.Parsed genk = PopulationFile.read(statbelSample(), 2025, "71016");
        assertEquals("Genk", genk.municipality());
        assertEquals(624 + 48 * 5, genk.people());
    }

    @Test
    void aFileWithSeveralMunicipalitiesNeedsTheNisCodeAndAFileWithoutItsRowsIsRefused() throws IOException {
        byte[] sample = statbelSample();
        assertEquals("refnis", assertThrows(DomainException.class, () -> PopulationFile.read(sample, 2025, null))
                .field());
        DomainException none = assertThrows(DomainException.class, () -> PopulationFile.read(sample, 2025, "11002"));
        assertEquals("no_rows", none.code());
        assertEquals("invalid_refnis", assertThrows(DomainException.class,
                () -> PopulationFile.read(sample, 2025, "7102")).code());
    }

    @Test
    void aMunicipalitysOwnFileMayAddDistrictsAndUseSemicolons() {
        PopulationFile.Parsed parsed = PopulationFile.read(utf8("cd_refnis;CD_SEX;CD_AGE;MS_POPULATION;DISTRICT;CD_YEAR\n"
                + "71022;F;30;10;Kiewit;2025\n71022;F;30;5;Kiewit;2025\n71022;M;30;7;Centrum;2025\n\n"), 2025, null);
        assertNull(parsed.municipality());
        assertEquals(List.of(new PopulationCell(30, "F", "Kiewit", 15), new PopulationCell(30, "M", "Centrum", 7)),
                parsed.cells());
    }

    @Test
    void everyBadLineIsListedWithItsLineAndColumnAndNothingIsKept() {
        DomainException refused = assertThrows(DomainException.class, () -> PopulationFile.read(utf8(
                "CD_REFNIS|CD_SEX|CD_AGE|MS_POPULATION|CD_YEAR\n71022|X|30|1|2025\n71022|F|abc|1|2025\n"
                        + "71022|F|30|-1|2025\n71022|F|30|1|2024\n71022|F\n"), 2025, null));
        assertEquals("invalid_rows", refused.code());
        assertEquals(List.of("2:CD_SEX", "3:CD_AGE", "4:MS_POPULATION", "5:CD_YEAR", "6:null"), refused.problems()
                .stream().map(problem -> problem.row() + ":" + problem.field()).toList());
        DomainException header = assertThrows(DomainException.class, () -> PopulationFile.read(utf8(
                "CD_REFNIS|CD_SEX|MS_POPULATION\n71022|F|1\n"), 2025, null));
        assertEquals("header", header.field());
        assertEquals("The column CD_AGE is missing", header.text().en());
        assertEquals("missing_header", assertThrows(DomainException.class,
                () -> PopulationFile.read(new byte[0], 2025, null)).code());
    }
}
