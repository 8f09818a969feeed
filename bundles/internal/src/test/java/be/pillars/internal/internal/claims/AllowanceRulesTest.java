package be.pillars.internal.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.internal.internal.Policy.CompensationSystem;
import be.pillars.internal.internal.figures.Figures;
import be.pillars.internal.internal.figures.Vehicle;

class AllowanceRulesTest {

    private static final UUID VOLUNTEER = UUID.randomUUID();

    private static Ledger declaredOrdinary(String amount) {
        return new Ledger(List.of(), Map.of(WorkCategory.ORDINARY, new BigDecimal(amount)));
    }

    @Test
    void theWarningStartsAtEightyPercentOfTheYearlyCeiling() {
        // 80% of 1659.29 is 1327.432
        assertEquals(List.of(), AllowanceRules.warnings(Figures.DEFAULTS, 2024, declaredOrdinary("1327.43"),
                CompensationSystem.LUMP_SUM));
        List<Warning> warnings = AllowanceRules.warnings(Figures.DEFAULTS, 2024, declaredOrdinary("1327.44"),
                CompensationSystem.LUMP_SUM);
        assertEquals(1, warnings.size());
        Warning warning = warnings.get(0);
        assertEquals(Ceiling.ORDINARY_YEARLY, warning.ceiling());
        assertEquals(new BigDecimal("331.85"), warning.left());
        assertEquals("80% of the ordinary lump-sum ceiling per year of 2024 (EUR 1659.29) is reached: EUR 331.85 is "
                + "left", warning.message().en());
        assertEquals("80% van het gewone forfaitaire jaarplafond van 2024 (EUR 1659.29) is bereikt: er blijft nog "
                + "EUR 331.85 over", warning.message().nl());
    }

    @Test
    void realCostsHaveNoKilometreCap() {
        ClaimData trip = new ClaimData(VOLUNTEER, null, ClaimKind.KILOMETRES, LocalDate.of(2024, 2, 1), null, null, null,
                null, new BigDecimal("2500.0"), Vehicle.CAR, false);
        AllowanceRules.Priced priced = AllowanceRules.check(trip, Figures.DEFAULTS, declaredOrdinary("0.00"),
                CompensationSystem.REAL_COSTS, false);
        assertEquals(new BigDecimal("1067.25"), priced.data().amount());
        assertEquals(List.of(), priced.warnings());
    }
}
