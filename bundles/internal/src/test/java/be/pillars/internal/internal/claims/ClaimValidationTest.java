package be.pillars.internal.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.internal.internal.figures.Vehicle;

class ClaimValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final UUID VOLUNTEER = UUID.randomUUID();

    private static String refusedField(ClaimData input) {
        return assertThrows(DomainException.class, () -> ClaimValidation.validated(input, TODAY)).field();
    }

    private static ClaimData claim(ClaimKind kind, WorkCategory category, String amount, String description,
            String proof, String distance, Vehicle vehicle, Boolean passengers) {
        return new ClaimData(VOLUNTEER, null, kind, TODAY, category, amount == null ? null : new BigDecimal(amount),
                description, proof, distance == null ? null : new BigDecimal(distance), vehicle, passengers);
    }

    @Test
    void defaultsAreFilledIn() {
        ClaimData day = ClaimValidation.validated(claim(ClaimKind.LUMP_SUM_DAY, null, null, null, null, null, null,
                null), TODAY);
        assertEquals(WorkCategory.ORDINARY, day.category());
        ClaimData trip = ClaimValidation.validated(claim(ClaimKind.KILOMETRES, null, null, " naar de sporthal ", null,
                "12", Vehicle.BICYCLE, null), TODAY);
        assertEquals(Boolean.FALSE, trip.passengerTransport());
        assertEquals(new BigDecimal("12.0"), trip.distanceKm());
        assertEquals("naar de sporthal", trip.description());
    }

    @Test
    void eachProblemNamesItsField() {
        assertEquals("volunteerId", refusedField(new ClaimData(null, null, ClaimKind.REAL_COST, TODAY, null, null, null, null,
                null, null, null)));
        assertEquals("kind", refusedField(new ClaimData(VOLUNTEER, null, null, TODAY, null, null, null, null, null, null,
                null)));
        assertEquals("date", refusedField(new ClaimData(VOLUNTEER, null, ClaimKind.LUMP_SUM_DAY, TODAY.plusDays(1), null,
                null, null, null, null, null, null)));
        assertEquals("amount", refusedField(claim(ClaimKind.LUMP_SUM_DAY, null, "10.005", null, null, null, null,
                null)));
        assertEquals("amount", refusedField(claim(ClaimKind.REAL_COST, null, null, "Ticket", "bon 1", null, null,
                null)));
        assertEquals("amount", refusedField(claim(ClaimKind.REAL_COST, null, "0", "Ticket", "bon 1", null, null,
                null)));
        assertEquals("proofReference", refusedField(claim(ClaimKind.REAL_COST, null, "5", "Ticket", " ", null, null,
                null)));
        assertEquals("distanceKm", refusedField(claim(ClaimKind.KILOMETRES, null, null, null, null, "1.25",
                Vehicle.CAR, null)));
        assertEquals("vehicle", refusedField(claim(ClaimKind.KILOMETRES, null, null, null, null, "12", null, null)));
    }

    @Test
    void fieldsOfAnotherKindAreRefused() {
        assertEquals("amount", refusedField(claim(ClaimKind.KILOMETRES, null, "5.00", null, null, "12", Vehicle.CAR,
                null)));
        assertEquals("category", refusedField(claim(ClaimKind.REAL_COST, WorkCategory.HIGHER, "5", "Ticket", "bon",
                null, null, null)));
        assertEquals("vehicle", refusedField(claim(ClaimKind.LUMP_SUM_DAY, null, null, null, null, null, Vehicle.CAR,
                null)));
        assertEquals("proofReference", refusedField(claim(ClaimKind.LUMP_SUM_DAY, null, null, null, "bon", null, null,
                null)));
    }
}
