package be.pillars.targetgroups.internal.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.pillars.targetgroups.internal.MonitorSettings;
import be.pillars.targetgroups.internal.representation.PopulationCell;
import be.pillars.targetgroups.internal.representation.PopulationStore;
import be.pillars.targetgroups.internal.representation.Profile;
import be.pillars.targetgroups.internal.representation.Representation;
import be.pillars.targetgroups.internal.representation.RepresentationMonitor;
import be.pillars.testing.PrintedBy;

/** A municipality or district named with terminal codes, as an older import may have stored it, prints escaped. */
class RepresentationCommandTest {

    @Test
    void namesFromThePopulationFileArePrintedWithTheirControlCharactersEscaped() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        RepresentationMonitor monitor = mock(RepresentationMonitor.class);
        when(monitor.report(null, null)).thenReturn(Representation.compute(new PopulationStore.Import(2026, "71022",
                "Hasselt\u001b]0;owned\u0007", 2, 200, "karaf", Instant.EPOCH), List.of(new PopulationCell(30, "F",
                        "Kiewit\u001b[2J", 100), new PopulationCell(30, "M", "Centrum", 100)),
                List.of(new Profile(asOf.minusYears(30), "vrouw", "Kiewit\u001b[2J")), List.of(),
                new MonitorSettings(5, 0.8, 4)));
        RepresentationCommand command = new RepresentationCommand();
        command.monitor = monitor;
        String printed = PrintedBy.running(command::execute);
        assertTrue(printed.startsWith("Hasselt\\u001b]0;owned\\u0007 2026: "), printed);
        assertTrue(printed.contains("Kiewit\\u001b[2J"), printed);
        assertFalse(printed.chars().anyMatch(character -> character == 0x1b || character == 0x07), printed);
    }
}
