package be.pillars.internal.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.pillars.api.LocalizedText;
import be.pillars.internal.internal.events.EventStore;

/** A guest list written at the console is a file a person opens: Dutch unless asked in English. */
class ExportEventCommandTest {

    private final UUID party = UUID.randomUUID();
    private final EventStore events = mock(EventStore.class);

    ExportEventCommandTest() {
        when(events.csv(party, LocalizedText.DUTCH)).thenReturn("\uFEFFfamilienaam;voornaam\r\n");
        when(events.csv(party, Locale.ENGLISH)).thenReturn("\uFEFFlast name;first name\r\n");
    }

    private String written(Path file, boolean english) throws Exception {
        ExportEventCommand command = new ExportEventCommand();
        command.events = events;
        command.event = party.toString();
        command.file = file.toString();
        command.english = english;
        command.execute();
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theGuestListIsDutchByDefaultAndEnglishWhenAsked(@TempDir Path folder) throws Exception {
        assertEquals("\uFEFFfamilienaam;voornaam\r\n", written(folder.resolve("gasten.csv"), false));
        assertEquals("\uFEFFlast name;first name\r\n", written(folder.resolve("guests.csv"), true));
    }
}
