package be.pillars.api.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;

class FieldsTest {

    private static final BigDecimal MAXIMUM = new BigDecimal("1000.00");

    @Test
    void anAmountInEurosHasTwoDecimals() {
        assertEquals(new BigDecimal("12.50"), Fields.euros("amount", new BigDecimal("12.5"), MAXIMUM, true));
        assertEquals(new BigDecimal("1000.00"), Fields.euros("amount", new BigDecimal("1000"), MAXIMUM, true));
        assertNull(Fields.euros("amount", null, MAXIMUM, false));
    }

    @Test
    void aWrongAmountIsRefusedNamingTheField() {
        for (String wrong : new String[] {"0", "-1", "0.001", "1000.01"}) {
            DomainException refusal = assertThrows(DomainException.class,
                    () -> Fields.euros("amount", new BigDecimal(wrong), MAXIMUM, true));
            assertEquals("invalid_amount", refusal.code());
            assertEquals("amount", refusal.field());
        }
        assertEquals("required", assertThrows(DomainException.class,
                () -> Fields.euros("amount", null, MAXIMUM, true)).code());
    }
}
