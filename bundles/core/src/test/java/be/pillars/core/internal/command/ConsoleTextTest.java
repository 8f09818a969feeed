package be.pillars.core.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;

/** The console shows control characters as escapes, never raw, and refuses them in what is typed. */
class ConsoleTextTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;
    private final VolunteerService volunteers = mock(VolunteerService.class);

    @BeforeEach
    void capture() {
        systemOut = System.out;
        systemErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(character -> Character.isISOControl(character) && character != '\n'
                && character != '\r');
    }

    @Test
    void aStoredNameWithTerminalCodesIsShownEscaped() {
        UUID id = UUID.randomUUID();
        when(volunteers.find(id)).thenReturn(Optional.of(new Volunteer(id, 1, new VolunteerData("An\u001b[2J",
                "Peeters\u0000", "an@example.be", null, null, "3500", "Kiewit\u009b31m", Set.of(), Set.of(), Set.of(),
                List.of(), Set.of(), Preference.BOTH, VolunteerStatus.ACTIVE, List.of(), null), Instant.EPOCH,
                Instant.EPOCH)));
        VolunteerCommand command = new VolunteerCommand();
        command.volunteers = volunteers;
        command.audit = mock(AuditTrail.class);
        command.session = mock(Session.class);
        command.id = id.toString();
        command.execute();
        String printed = printed();
        assertTrue(printed.contains("An\\u001b[2J Peeters\\u0000"), printed);
        assertTrue(printed.contains("Kiewit\\u009b31m"), printed);
        assertFalse(hasControlCharacters(printed), printed);
    }

    @Test
    void aTypedSearchWithAControlCharacterIsRefusedAndNotRun() {
        VolunteersCommand command = new VolunteersCommand();
        command.volunteers = volunteers;
        command.limit = 20;
        command.name = "An\u001b]0;owned\u0007";
        command.execute();
        verify(volunteers, never()).search(any());
        assertEquals("--name: Text with a control character (U+001B) at position 3 / Tekst met een controleteken "
                + "(U+001B) op positie 3", err.toString(StandardCharsets.UTF_8).strip());
        VolunteerCommand show = new VolunteerCommand();
        show.volunteers = volunteers;
        show.id = "\u001b[2J";
        show.execute();
        assertTrue(printed().contains("'\\u001b[2J' is not a volunteer id"), printed());
        assertFalse(hasControlCharacters(printed()), printed());
    }

    @Test
    void anImportWithAControlCharacterListsItsLineAndPrintsNothingRaw(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("volunteers.csv");
        Files.writeString(file, "firstName;lastName;email;postalCode;preference\nAn\u0000;Peeters;an@example.be;3500;"
                + "BOTH\nBo;Claes;bo@example.be;3510;\u001b[31mBOTH\n");
        when(volunteers.check(any())).thenReturn(List.of());
        ImportVolunteersCommand command = new ImportVolunteersCommand();
        command.volunteers = volunteers;
        command.file = file.toString();
        command.execute();
        verify(volunteers, never()).importAll(any(), any());
        String printed = printed();
        assertTrue(printed.contains("line 2, firstName: "), printed);
        assertTrue(printed.contains("line 3, preference: "), printed);
        assertTrue(printed.contains("U+0000") && printed.contains("U+001B"), printed);
        assertFalse(hasControlCharacters(printed), printed);
    }
}
