package be.pillars.internal.internal.command;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.Test;

import be.pillars.internal.internal.appreciation.AppreciationBudgets;
import be.pillars.internal.internal.appreciation.Budget;
import be.pillars.internal.internal.appreciation.BudgetRaise;
import be.pillars.testing.PrintedBy;

/** A raise taken back at the console says so, recorded in the console user's name. */
class RaiseBudgetCommandTest {

    @Test
    void aNegativeAmountIsShownAsALowering() throws Exception {
        UUID museum = UUID.randomUUID();
        AppreciationBudgets budgets = mock(AppreciationBudgets.class);
        Session session = mock(Session.class);
        when(session.get("USER")).thenReturn("karaf");
        BudgetRaise.Input input = new BudgetRaise.Input(new BigDecimal("-40.00"), "Verhoging was 10, niet 50");
        when(budgets.raise(museum, 2026, input, "console:karaf")).thenReturn(new BudgetRaise(UUID.randomUUID(), museum,
                2026, new BigDecimal("-40.00"), input.reason(), "console:karaf", Instant.EPOCH));
        when(budgets.budget(museum, 2026)).thenReturn(new Budget(museum, "Museum", 2026, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 22), true, 2, new BigDecimal("35.00"), new BigDecimal("70.00"),
                new BigDecimal("10.00"), new BigDecimal("80.00"), new BigDecimal("80.00"), new BigDecimal("0.00")));
        RaiseBudgetCommand command = new RaiseBudgetCommand();
        command.budgets = budgets;
        command.session = session;
        command.service = museum.toString();
        command.year = 2026;
        command.amount = input.amount();
        command.reason = input.reason();

        String shown = PrintedBy.running(command::execute);
        assertTrue(shown.startsWith("Lowered by / Verlaagd met EUR 40.00: budget 2026 of / van Museum is now / is nu "
                + "EUR 80.00, left / over EUR 0.00"), shown);
    }
}
