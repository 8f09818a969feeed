package be.pillars.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    @Test
    void eurosAcceptsCentsAndNormalisesTheScale() {
        assertEquals(new BigDecimal("35.00"), ConfigValues.euros("amount", " 35 "));
        assertEquals(new BigDecimal("0.50"), ConfigValues.euros("amount", "0.5"));
    }

    @Test
    void eurosRefusesNegativeFractionsOfCentsAndText() {
        for (String bad : new String[] {"-1", "1.005", "abc", ""}) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                    () -> ConfigValues.euros("amount", bad), bad);
            assertEquals("amount", e.key());
        }
        assertThrows(InvalidConfigurationException.class, () -> ConfigValues.euros("amount", null));
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(1, ConfigValues.atLeast("weeks", 1, 1));
        assertThrows(InvalidConfigurationException.class, () -> ConfigValues.atLeast("weeks", 0, 1));
        assertEquals(1.0, ConfigValues.between("w", 1.0, 0, 1));
        assertThrows(InvalidConfigurationException.class, () -> ConfigValues.between("w", Double.NaN, 0, 1));
        assertThrows(InvalidConfigurationException.class, () -> ConfigValues.between("w", 1.01, 0, 1));
    }
}
