package be.pillars.core.internal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerStatus;

class VolunteerCsvTest {

    @Test
    void writesExcelFriendlyUtf8WithQuotingWhereNeeded() {
        VolunteerData an = VolunteerServiceContract.an("Ann-Sofie", "D'Hondt; Peeters", "an@example.be");
        UUID id = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        String csv = VolunteerCsv.write(List.of(new Volunteer(id, 1, new VolunteerData(an.firstName(), an.lastName(),
                an.email(), an.phone(), an.birthDate(), an.postalCode(), an.district(), new TreeSet<>(an.languages()),
                new TreeSet<>(an.skills()), an.interests(), an.availability(), an.unavailableDates(),
                an.preference(), VolunteerStatus.ACTIVE, an.consents(), an.gender()),
                Instant.EPOCH, Instant.EPOCH)));
        assertEquals("\uFEFF" + VolunteerCsv.HEADER_TEXT + "\r\n"
                + "00000000-0000-0000-0000-00000000000a;Ann-Sofie;\"D'Hondt; Peeters\";an@example.be;+32 11 22 33 44;"
                + "1990-04-01;3500;Kiewit;en|nl;cooking|first-aid;sport;BOTH;ACTIVE\r\n", csv);
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
    }
}
