package be.pillars.targetgroups.internal.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
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

    /** Text as UTF-8 with the bytes between it as they are. */
    private static byte[] bytes(String before, byte[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(before));
        out.writeBytes(raw);
        out.writeBytes(utf8(after));
        return out.toByteArray();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheirLine() {
        byte[] windows1252 = bytes("CD_REFNIS|TX_DESCR_NL|CD_SEX|CD_AGE|MS_POPULATION\n71022|Hasselt|F|30|1\n"
                + "62063|Li", new byte[] {(byte) 0xE8}, "ge|F|30|1\n");
        DomainException refused = assertThrows(DomainException.class, () -> PopulationFile.read(windows1252, 2025,
                "71022"));
        assertEquals(List.of("3:not_utf8"), refused.problems().stream()
                .map(problem -> problem.row() + ":" + problem.code()).toList());
        assertEquals("Not valid UTF-8 (byte 0xE8): save the file as UTF-8", refused.problems().get(0).text().en());
        // a surrogate encoded on its own (U+DC00), as a lax encoder writes it, is no UTF-8 either
        byte[] lone = bytes("CD_REFNIS|CD_SEX|CD_AGE|MS_POPULATION|DISTRICT\n71022|F|30|1|Kiewit",
                new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80}, "\n");
        assertEquals("2:not_utf8", assertThrows(DomainException.class, () -> PopulationFile.read(lone, 2025, null))
                .problems().stream().map(problem -> problem.row() + ":" + problem.code()).findFirst().orElseThrow());
    }

    @Test
    void controlCharactersAndExtraCellsAreRefusedWithTheirLine() {
        DomainException refused = assertThrows(DomainException.class, () -> PopulationFile.read(utf8(
                "CD_REFNIS|TX_DESCR_NL|CD_SEX|CD_AGE|MS_POPULATION|DISTRICT\n"
                        + "71022|Hasselt|F|30|1|Kiewit\u001b[2J\n"
                        + "71022|Hasselt\u0000|F|30|1|Centrum\n"
                        + "71022|Hasselt|F|30|1|Centrum|extra\n"
                        + "71022|Hasselt|F|30|1|\"Centrum\nNoord\"\n"
                        + "71022|Hasselt|F|30|1|Centrum\n"), 2025, null));
        assertEquals(List.of("2:DISTRICT:invalid_text", "3:TX_DESCR_NL:invalid_text", "4:null:extra_columns",
                "6:DISTRICT:invalid_text"), refused.problems().stream()
                        .map(problem -> problem.row() + ":" + problem.field() + ":" + problem.code()).toList());
        assertEquals("Text with a control character (U+001B) at position 7", refused.problems().get(0).text().en());
        assertEquals("More cells (7) than the header (6)", refused.problems().get(2).text().en());
        assertEquals("invalid_text", assertThrows(DomainException.class, () -> PopulationFile.read(utf8(
                "CD_REFNIS|CD_SEX|CD_AGE|MS_POPULATION|\u0085\n71022|F|30|1|x\n"), 2025, null)).code());
    }
}
