package be.pillars.external.internal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import be.pillars.api.matching.Coordinates;

class PostalCodesTest {

    private static final PostalCodes SHIPPED = PostalCodes.shipped();

    private static void near(String code, double latitude, double longitude) {
        Coordinates centre = SHIPPED.centre(code);
        assertEquals(latitude, centre.latitude(), 0.03, code);
        assertEquals(longitude, centre.longitude(), 0.03, code);
    }

    @Test
    void shipsEveryBelgianPostalCodeOfTheSourceOncePlacedInBelgium() {
        assertEquals(1146, SHIPPED.size());
        near("3500", 50.93, 5.34);
        near("1730", 50.91, 4.20);
        near("9000", 51.05, 3.72);
        near("1000", 50.85, 4.35);
        near("8000", 51.21, 3.23);
    }

    @Test
    void averagesThePlacesOfACode() {
        // 2040: Zandvliet, Antwerpen, Lillo and Berendrecht in the source
        assertEquals(new Coordinates(51.3006, 4.3834), SHIPPED.centre("2040"));
    }

    @Test
    void anUnknownCodeHasNoCoordinates() {
        assertNull(SHIPPED.centre("0000"));
        assertNull(SHIPPED.centre(null));
        assertEquals(SHIPPED.centre("9000"), SHIPPED.centre(" 9000 "));
    }

    @Test
    void distancesBetweenCentresAreGreatCircleKilometres() throws IOException {
        PostalCodes codes = PostalCodes.read(new ByteArrayInputStream(
                "# comment\npostal_code,latitude,longitude\n9000,51.05,3.7167\n3500,50.9151,5.3229\n"
                        .getBytes(StandardCharsets.UTF_8)));
        double km = codes.centre("9000").kilometresTo(codes.centre("3500"));
        assertTrue(km > 110 && km < 115, "Gent to Hasselt is about 113 km as the crow flies: " + km);
        assertEquals(0, codes.centre("9000").kilometresTo(codes.centre("9000")));
    }
}
