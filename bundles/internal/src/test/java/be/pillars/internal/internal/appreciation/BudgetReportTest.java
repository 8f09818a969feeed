package be.pillars.internal.internal.appreciation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The budget report for a spreadsheet: a service named like a formula is text, an overspent budget a number. */
class BudgetReportTest {

    @Test
    void aFormulaIsTextAndANegativeAmountStaysANumber() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
        Budget overspent = new Budget(id, "=cmd|' /C calc'!A0", 2026, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), false, 1,
                new BigDecimal("35.00"), new BigDecimal("35.00"), new BigDecimal("0.00"), new BigDecimal("35.00"),
                new BigDecimal("47.50"), new BigDecimal("-12.50"));
        List<String> lines = BudgetReport.of(2026, List.of(overspent)).csv(Locale.ENGLISH).lines().toList();
        assertEquals("'=cmd|' /C calc'!A0;" + id + ";2026;2026-01-01;2026-12-31;1;35.00;0.00;35.00;47.50;-12.50",
                lines.get(1));
        assertEquals("total;;2026;;;1;;;35.00;47.50;-12.50", lines.get(2));
    }

    @Test
    void aDutchReaderGetsADutchHeaderAndDecimalCommas() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
        Budget museum = new Budget(id, "Museum", 2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22), true, 2,
                new BigDecimal("35.00"),
                new BigDecimal("70.00"), new BigDecimal("12.50"), new BigDecimal("82.50"), new BigDecimal("1234.56"),
                new BigDecimal("-1152.06"));
        List<String> lines = BudgetReport.of(2026, List.of(museum)).csv(Locale.forLanguageTag("nl-BE")).lines()
                .toList();
        assertEquals("\uFEFFdienst;dienst-id;jaar;geteld van;geteld tot;vrijwilligers;bedrag per vrijwilliger;"
                + "verhoogd;budget;besteed;over", lines.get(0));
        assertEquals("Museum;" + id + ";2026;2026-01-01;2026-11-22;2;35,00;12,50;82,50;1234,56;-1152,06",
                lines.get(1));
        assertEquals("totaal;;2026;;;2;;;82,50;1234,56;-1152,06", lines.get(2));
    }
}
