package be.pillars.internal.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.api.config.InvalidConfigurationException;

class FiguresTest {

    private static FiguresConfiguration configuration(String perDay, String higher, String car) {
        return new FiguresConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return FiguresConfiguration.class;
            }

            @Override
            public String lumpSumPerDay() {
                return perDay;
            }

            @Override
            public String lumpSumPerYear() {
                return Figures.DEFAULT_LUMP_SUM_PER_YEAR;
            }

            @Override
            public String higherLumpSumPerYear() {
                return higher;
            }

            @Override
            public String carRatePerKm() {
                return car;
            }

            @Override
            public String bicycleRatePerKm() {
                return Figures.DEFAULT_BICYCLE_RATE_PER_KM;
            }

            @Override
            public String kilometreCapPerYear() {
                return Figures.DEFAULT_KILOMETRE_CAP_PER_YEAR;
            }
        };
    }

    @Test
    void theDefaultsAreTheFiguresLegalMdVerifies() {
        Figures figures = Figures.DEFAULTS;
        assertEquals(new BigDecimal("40.67"), figures.lumpSumPerDay(2023));
        assertEquals(new BigDecimal("1659.29"), figures.lumpSumPerYear(2024));
        assertEquals(new BigDecimal("3047.43"), figures.higherLumpSumPerYear(2024));
        assertEquals(new BigDecimal("42.31"), figures.lumpSumPerDay(2025));
        assertEquals(new BigDecimal("1760.83"), figures.lumpSumPerYear(2026));
        assertEquals(new BigDecimal("3233.91"), figures.higherLumpSumPerYear(2026));
        assertFalse(figures.higherLumpSumPerYear().containsKey(2025), "2025's higher ceiling is unverified");
        assertEquals(new BigDecimal("2000"), figures.kilometreCapPerYear(2026));
    }

    @Test
    void aQuarterlyRateWinsOverTheYearlyOne() {
        Figures figures = Figures.DEFAULTS;
        assertEquals(new BigDecimal("0.4269"), figures.ratePerKm(Vehicle.CAR, LocalDate.of(2024, 3, 31)));
        assertEquals(new BigDecimal("0.4265"), figures.ratePerKm(Vehicle.CAR, LocalDate.of(2024, 4, 1)));
        assertEquals(new BigDecimal("0.4326"), figures.ratePerKm(Vehicle.CAR, LocalDate.of(2026, 1, 2)));
        assertEquals(new BigDecimal("0.3500"), figures.ratePerKm(Vehicle.BICYCLE, LocalDate.of(2024, 11, 30)));
        assertEquals(new BigDecimal("0.3700"), figures.ratePerKm(Vehicle.BICYCLE, LocalDate.of(2026, 6, 1)));
        Figures mixed = Figures.parse("", "", "", "2027=0.50, 2027-Q3=0.52", "", "");
        assertEquals(new BigDecimal("0.5000"), mixed.ratePerKm(Vehicle.CAR, LocalDate.of(2027, 6, 30)));
        assertEquals(new BigDecimal("0.5200"), mixed.ratePerKm(Vehicle.CAR, LocalDate.of(2027, 7, 1)));
    }

    @Test
    void aMissingFigureIsNamedWithItsKeyAndPeriod() {
        DomainException perDay = assertThrows(DomainException.class, () -> Figures.DEFAULTS.lumpSumPerDay(2027));
        assertEquals("missing_figure", perDay.code());
        assertEquals("date", perDay.field());
        assertEquals("There is no legal figure for 2027: the lump-sum ceiling per day (lumpSumPerDay in "
                + "etc/be.pillars.internal.figures.cfg) is missing. Once it is official, an admin puts this line in "
                + "etc/be.pillars.internal.figures.cfg: lumpSumPerDay = 2023=40.67, 2024=41.48, 2025=42.31, "
                + "2026=44.02, 2027=xx.xx (with the official amount for 2027 in place of xx.xx, in euro, at most 2 "
                + "decimals)", perDay.text().en());
        assertTrue(perDay.text().nl().startsWith("Er is geen wettelijk bedrag voor 2027"), perDay.text().nl());
        DomainException rate = assertThrows(DomainException.class,
                () -> Figures.DEFAULTS.ratePerKm(Vehicle.CAR, LocalDate.of(2025, 5, 1)));
        assertTrue(rate.text().en().contains("2025-Q2") && rate.text().en().contains("carRatePerKm"));
    }

    @Test
    void aCarTripAfterTheFirstQuarterOf2026TellsTheAdminTheLineToAdd() {
        DomainException april = assertThrows(DomainException.class,
                () -> Figures.DEFAULTS.ratePerKm(Vehicle.CAR, LocalDate.of(2026, 4, 1)));
        assertEquals("missing_figure", april.code());
        String line = "carRatePerKm = 2024-Q1=0.4269, 2024-Q2=0.4265, 2026-Q1=0.4326, 2026-Q2=0.xxxx";
        assertTrue(april.text().en().contains("an admin puts this line in etc/be.pillars.internal.figures.cfg: "
                + line + " (with the official amount for 2026-Q2 in place of 0.xxxx, in euro per km, at most 4 "
                + "decimals)"), april.text().en());
        assertTrue(april.text().nl().contains("deze regel in etc/be.pillars.internal.figures.cfg: " + line),
                april.text().nl());
        DomainException december = assertThrows(DomainException.class,
                () -> Figures.DEFAULTS.ratePerKm(Vehicle.CAR, LocalDate.of(2026, 12, 31)));
        assertTrue(december.text().en().contains("2026-Q1=0.4326, 2026-Q4=0.xxxx"), december.text().en());
        // the line, with the amount filled in, is accepted as it stands
        Figures filled = Figures.parse("", "", "", line.substring("carRatePerKm = ".length()).replace("0.xxxx",
                "0.4300"), "", "");
        assertEquals(new BigDecimal("0.4300"), filled.ratePerKm(Vehicle.CAR, LocalDate.of(2026, 4, 1)));
        assertEquals(new BigDecimal("0.4326"), filled.ratePerKm(Vehicle.CAR, LocalDate.of(2026, 1, 2)));
    }

    @Test
    void theFiguresOfOneYearLeaveOutWhatIsMissing() {
        Map<String, Object> year = Figures.DEFAULTS.ofYear(2024);
        assertEquals(new BigDecimal("41.48"), year.get("lumpSumPerDay"));
        assertEquals(Map.of("Q1", new BigDecimal("0.4269"), "Q2", new BigDecimal("0.4265")), year.get("carRatePerKm"));
        assertNull(Figures.DEFAULTS.ofYear(2025).get("higherLumpSumPerYear"));
    }

    @Test
    void aMalformedFigureIsRefusedNamingItsKey() {
        assertEquals("lumpSumPerDay", assertThrows(InvalidConfigurationException.class,
                () -> Figures.from(configuration("2024=41,48", "", ""))).key());
        assertEquals("lumpSumPerDay", assertThrows(InvalidConfigurationException.class,
                () -> Figures.from(configuration("2024=-1", "", ""))).key());
        assertEquals("lumpSumPerDay", assertThrows(InvalidConfigurationException.class,
                () -> Figures.from(configuration("2024=41.481", "", ""))).key());
        assertEquals("lumpSumPerDay", assertThrows(InvalidConfigurationException.class,
                () -> Figures.from(configuration("2024=41.48, 2024=41.50", "", ""))).key());
        assertEquals("lumpSumPerDay", assertThrows(InvalidConfigurationException.class,
                () -> Figures.from(configuration("2024-Q1=41.48", "", ""))).key());
        assertEquals("carRatePerKm", assertThrows(InvalidConfigurationException.class,
                () -> Figures.from(configuration("", "", "2024-Q5=0.42"))).key());
        InvalidConfigurationException below = assertThrows(InvalidConfigurationException.class,
                () -> Figures.from(configuration("", "2024=1000.00", "")));
        assertEquals("higherLumpSumPerYear", below.key());
        assertTrue(below.text().en().contains("lies below the ordinary one"), below.text().en());
    }

    @Test
    void aRefusedChangeKeepsTheFiguresInForceAndNamesTheKey() {
        LegalFigures figures = new LegalFigures(configuration("2027=45.00", "", ""));
        assertTrue(figures.problem().isEmpty());
        assertEquals(new BigDecimal("45.00"), figures.inForce().lumpSumPerDay(2027));
        figures.modified(configuration("2027=forty", "", ""));
        assertEquals(new BigDecimal("45.00"), figures.inForce().lumpSumPerDay(2027));
        assertEquals("lumpSumPerDay", figures.problem().orElseThrow().key());
        assertEquals("lumpSumPerDay", figures.snapshot().problem().key());
        assertTrue(figures.problem().orElseThrow().message().en().contains("'2027=forty'"));
    }
}
