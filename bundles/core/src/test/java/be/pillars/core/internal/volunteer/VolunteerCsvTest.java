package be.pillars.core.internal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

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
}
