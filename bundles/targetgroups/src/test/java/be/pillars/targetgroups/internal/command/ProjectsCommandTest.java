package be.pillars.targetgroups.internal.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.targetgroups.internal.catalogue.TargetGroup;
import be.pillars.targetgroups.internal.catalogue.TargetGroupCatalogue;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;
import be.pillars.testing.PrintedBy;

/** The projects list names each target group next to its code, printable as the terminal shows it. */
class ProjectsCommandTest {

    @Test
    void targetGroupsAreNamedNextToTheirCodes() throws Exception {
        ProjectsCommand command = new ProjectsCommand();
        command.projects = mock(ProjectStore.class);
        command.catalogue = mock(TargetGroupCatalogue.class);
        UUID id = UUID.randomUUID();
        when(command.projects.list(null, ProjectStore.DEFAULT_LIMIT, 0)).thenReturn(new Page<>(List.of(new Project(id,
                "Samen tegen eenzaamheid", null, "lies", LocalDate.of(2026, 1, 1), null, List.of("loneliness",
                        "poverty"), List.of(), 2, 0, 1, "lies", Instant.EPOCH)), 1, ProjectStore.DEFAULT_LIMIT, 0));
        when(command.catalogue.list()).thenReturn(List.of(new TargetGroup("loneliness",
                LocalizedText.of("Eenzaamheid\u001b[2J", "Loneliness\u001b[2J")), new TargetGroup("poverty",
                        LocalizedText.of("Armoede", "Poverty"))));
        Locale locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        String printed;
        try {
            printed = PrintedBy.running(command::execute);
        } finally {
            Locale.setDefault(locale);
        }
        assertTrue(printed.contains("Loneliness\\u001b[2J (loneliness), Poverty (poverty)"), printed);
        assertTrue(printed.contains(id.toString()), printed);
        assertFalse(printed.chars().anyMatch(character -> character == 0x1b), printed);
    }
}
