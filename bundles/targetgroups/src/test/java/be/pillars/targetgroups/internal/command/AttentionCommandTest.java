package be.pillars.targetgroups.internal.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.Test;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.targetgroups.internal.MonitorSettings;
import be.pillars.targetgroups.internal.TargetGroupsPillar;
import be.pillars.targetgroups.internal.buddies.BuddyStore;
import be.pillars.targetgroups.internal.buddies.Pair;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;
import be.pillars.testing.PrintedBy;

/** The attention list names the buddy next to their id, printable as the terminal shows it. */
class AttentionCommandTest {

    @Test
    void theBuddyIsNamedNextToTheirId() throws Exception {
        UUID project = UUID.randomUUID();
        UUID an = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        AttentionCommand command = new AttentionCommand();
        command.buddies = mock(BuddyStore.class);
        command.projects = mock(ProjectStore.class);
        command.pillar = mock(TargetGroupsPillar.class);
        command.audit = mock(AuditTrail.class);
        command.session = mock(Session.class);
        command.volunteers = mock(VolunteerService.class);
        int weeks = 4;
        when(command.pillar.settings()).thenReturn(new CheckedConfiguration<>(TargetGroupsPillar.PID,
                new MonitorSettings(5, 0.8, weeks)));
        when(command.buddies.needingAttention(null, weeks)).thenReturn(List.of(
                new Pair(UUID.randomUUID(), project, UUID.randomUUID(), "Maria", an, LocalDate.of(2026, 9, 1), null,
                        null, 0, null, true),
                new Pair(UUID.randomUUID(), project, UUID.randomUUID(), "Jos", erased, LocalDate.of(2026, 9, 1),
                        null, null, 0, null, true)));
        when(command.projects.require(project)).thenReturn(new Project(project, "Samen tegen eenzaamheid", null,
                "lies", LocalDate.of(2026, 1, 1), null, List.of("loneliness"), List.of(), 2, 0, 2, "lies",
                Instant.EPOCH));
        when(command.volunteers.find(an)).thenReturn(Optional.of(new Volunteer(an, 1, new VolunteerData("An",
                "Peeters\u001b[2J", "an@example.be", null, null, null, null, Set.of(), Set.of(), Set.of(), List.of(),
                Set.of(), Preference.BOTH, VolunteerStatus.ACTIVE, List.of(), null), Instant.EPOCH, Instant.EPOCH)));
        when(command.volunteers.find(erased)).thenReturn(Optional.empty());
        String printed = PrintedBy.running(command::execute);
        assertTrue(printed.contains("An Peeters\\u001b[2J (" + an + ")"), printed);
        assertTrue(printed.contains(erased.toString()), printed);
        assertTrue(printed.contains("Samen tegen eenzaamheid"), printed);
        assertFalse(printed.chars().anyMatch(character -> character == 0x1b), printed);
    }
}
