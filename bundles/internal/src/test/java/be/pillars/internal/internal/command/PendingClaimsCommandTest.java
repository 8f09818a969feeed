package be.pillars.internal.internal.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.Page;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.claims.Claim;
import be.pillars.internal.internal.claims.ClaimData;
import be.pillars.internal.internal.claims.ClaimKind;
import be.pillars.internal.internal.claims.ClaimStatus;
import be.pillars.internal.internal.claims.JdbcClaims;
import be.pillars.internal.internal.services.TestCore;
import be.pillars.testing.PrintedBy;

/** The pending claims at the console name each volunteer next to the id, escaped as every value printed. */
class PendingClaimsCommandTest {

    private final TestCore core = new TestCore();

    private static Claim pending(UUID volunteer, String day) {
        return new Claim(UUID.randomUUID(), new ClaimData(volunteer, null, ClaimKind.REAL_COST, LocalDate.parse(day),
                null, new BigDecimal("12.50"), "Treinticket", "bon 17", null, null, null), null, ClaimStatus.PENDING,
                "lies", Instant.parse("2026-11-20T09:00:00Z"), null, null, null, false);
    }

    @Test
    void eachPendingClaimShowsTheVolunteersNameBesideTheId() throws Exception {
        UUID an = core.volunteer("An", "Peeters", VolunteerStatus.ACTIVE);
        UUID tricky = core.volunteer("Bert\u001b[31m", "Janssens", VolunteerStatus.ACTIVE);
        UUID unknown = UUID.randomUUID();
        JdbcClaims claims = mock(JdbcClaims.class);
        when(claims.search(ClaimStatus.PENDING, null, null, JdbcClaims.DEFAULT_LIMIT, 0)).thenReturn(new Page<>(
                List.of(pending(an, "2026-11-02"), pending(tricky, "2026-11-03"), pending(unknown, "2026-11-04"),
                        pending(an, "2026-11-05")), 4, JdbcClaims.DEFAULT_LIMIT, 0));
        PendingClaimsCommand command = new PendingClaimsCommand();
        command.claims = claims;
        command.volunteers = core.volunteers;
        command.limit = JdbcClaims.DEFAULT_LIMIT;

        String shown = PrintedBy.running(command::execute);
        assertTrue(shown.contains(an + " | An Peeters"), shown);
        assertTrue(shown.contains(tricky + " | Bert\\u001b[31m Janssens"), shown);
        assertTrue(shown.contains(unknown + " | ?"), shown);
        assertFalse(shown.contains("\u001b"), shown);
        assertTrue(shown.contains("4 of 4"), shown);
    }

}
