package be.pillars.targetgroups.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.karaf.shell.api.console.Candidate;
import org.junit.jupiter.api.Test;

import be.pillars.api.Page;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;

/** Completing a project id shows the project's name beside each id. */
class ProjectIdCompleterTest {

    @Test
    void eachIdComesWithItsProjectsName() {
        ProjectIdCompleter completer = new ProjectIdCompleter();
        completer.projects = mock(ProjectStore.class);
        UUID id = UUID.randomUUID();
        when(completer.projects.list(null, ProjectStore.MAX_LIMIT, 0)).thenReturn(new Page<>(List.of(new Project(id,
                "Samen\u001b[2J", null, "lies", LocalDate.of(2026, 1, 1), null, List.of("loneliness"), List.of(), 0,
                0, 0, "lies", Instant.EPOCH)), 1, ProjectStore.MAX_LIMIT, 0));
        List<Candidate> candidates = new ArrayList<>();
        completer.completeCandidates(null, null, candidates);
        assertEquals(1, candidates.size());
        assertEquals(id.toString(), candidates.get(0).value());
        assertEquals("Samen\\u001b[2J", candidates.get(0).descr());
    }
}
