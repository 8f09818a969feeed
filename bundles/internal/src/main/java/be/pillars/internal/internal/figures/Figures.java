package be.pillars.internal.internal.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.config.InvalidConfigurationException;

/**
 * The legal figures of the expense allowances (see legal.md), keyed by year, or for the kilometre rates by year
 * or quarter ({@code 2024} for the whole year, {@code 2024-Q2} for one quarter, which wins over the year). A
 * figure that is not configured is missing: whatever needs it is refused, naming it, rather than guessed.
 *
 * @param lumpSumPerDay        the lump-sum ceiling per day
 * @param lumpSumPerYear       the ordinary lump-sum ceiling per year
 * @param higherLumpSumPerYear the higher yearly ceiling for the categories of work the law names
 * @param carRatePerKm         the federal kilometre allowance for a car, euro per km
 * @param bicycleRatePerKm     the same for a bicycle
 * @param kilometreCapPerYear  the kilometres that may be reimbursed on top of the lump sum per year
 */
public record Figures(SortedMap<Integer, BigDecimal> lumpSumPerDay, SortedMap<Integer, BigDecimal> lumpSumPerYear,
        SortedMap<Integer, BigDecimal> higherLumpSumPerYear, SortedMap<String, BigDecimal> carRatePerKm,
        SortedMap<String, BigDecimal> bicycleRatePerKm, SortedMap<Integer, BigDecimal> kilometreCapPerYear) {

    static final String FILE = "etc/" + LegalFigures.PID + ".cfg";
    /** The years figures, claims and lists may be asked for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    // before DEFAULTS, which is parsed with it
    private static final Pattern ENTRY = Pattern.compile("\\s*(\\d{4})(?:-Q([1-4]))?\\s*=\\s*(\\S+)\\s*");

    // The years legal.md verifies; 2025 has no verified higher ceiling, and car rates are known for three quarters.
    static final String DEFAULT_LUMP_SUM_PER_DAY = "2023=40.67, 2024=41.48, 2025=42.31, 2026=44.02";
    static final String DEFAULT_LUMP_SUM_PER_YEAR = "2023=1626.77, 2024=1659.29, 2025=1692.51, 2026=1760.83";
    static final String DEFAULT_HIGHER_LUMP_SUM_PER_YEAR = "2024=3047.43, 2026=3233.91";
    static final String DEFAULT_CAR_RATE_PER_KM = "2024-Q1=0.4269, 2024-Q2=0.4265, 2026-Q1=0.4326";
    static final String DEFAULT_BICYCLE_RATE_PER_KM = "2024=0.35, 2026=0.37";
    static final String DEFAULT_KILOMETRE_CAP_PER_YEAR = "2023=2000, 2024=2000, 2025=2000, 2026=2000";

    /** The figures shipped, for the years legal.md verifies. */
    public static final Figures DEFAULTS = parse(DEFAULT_LUMP_SUM_PER_DAY, DEFAULT_LUMP_SUM_PER_YEAR,
            DEFAULT_HIGHER_LUMP_SUM_PER_YEAR, DEFAULT_CAR_RATE_PER_KM, DEFAULT_BICYCLE_RATE_PER_KM,
            DEFAULT_KILOMETRE_CAP_PER_YEAR);

    public Figures {
        lumpSumPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(lumpSumPerDay));
        lumpSumPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(lumpSumPerYear));
        higherLumpSumPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(higherLumpSumPerYear));
        carRatePerKm = Collections.unmodifiableSortedMap(new TreeMap<>(carRatePerKm));
        bicycleRatePerKm = Collections.unmodifiableSortedMap(new TreeMap<>(bicycleRatePerKm));
        kilometreCapPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(kilometreCapPerYear));
    }

    static Figures from(FiguresConfiguration configuration) {
        return parse(configuration.lumpSumPerDay(), configuration.lumpSumPerYear(),
                configuration.higherLumpSumPerYear(), configuration.carRatePerKm(), configuration.bicycleRatePerKm(),
                configuration.kilometreCapPerYear());
    }

    static Figures parse(String perDay, String perYear, String higherPerYear, String carRates, String bicycleRates,
            String kilometreCaps) {
        Figures figures = new Figures(byYear("lumpSumPerDay", perDay, 2), byYear("lumpSumPerYear", perYear, 2),
                byYear("higherLumpSumPerYear", higherPerYear, 2), byPeriod("carRatePerKm", carRates),
                byPeriod("bicycleRatePerKm", bicycleRates), byYear("kilometreCapPerYear", kilometreCaps, 0));
        figures.higherLumpSumPerYear.forEach((year, higher) -> {
            BigDecimal ordinary = figures.lumpSumPerYear.get(year);
            if (ordinary != null && higher.compareTo(ordinary) < 0) {
                throw new InvalidConfigurationException("higherLumpSumPerYear", LocalizedText.of(
                        "het hogere plafond van " + year + " (" + higher + ") ligt onder het gewone (" + ordinary + ")",
                        "the higher ceiling of " + year + " (" + higher + ") lies below the ordinary one ("
                                + ordinary + ")"));
            }
        });
        return figures;
    }

    private static SortedMap<Integer, BigDecimal> byYear(String key, String value, int scale) {
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        entries(key, value, scale).forEach((period, amount) -> {
            if (period.contains("-")) {
                throw invalidEntry(key, period, "een jaar, zoals 2024", "a year, such as 2024");
            }
            byYear.put(Integer.parseInt(period), amount);
        });
        return byYear;
    }

    private static SortedMap<String, BigDecimal> byPeriod(String key, String value) {
        return entries(key, value, 4);
    }

    /** {@code period=amount} pairs separated by commas; each amount positive with at most {@code scale} decimals. */
    private static SortedMap<String, BigDecimal> entries(String key, String value, int scale) {
        SortedMap<String, BigDecimal> entries = new TreeMap<>();
        if (value == null || value.isBlank()) {
            return entries;
        }
        for (String entry : value.split(",")) {
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw invalidEntry(key, entry.strip(), "jaar=bedrag, zoals 2024=41.48 (of 2024-Q2=0.4265 per kwartaal)",
                        "year=amount, such as 2024=41.48 (or 2024-Q2=0.4265 per quarter)");
            }
            String period = matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "-Q" + matcher.group(2);
            BigDecimal amount;
            try {
                amount = new BigDecimal(matcher.group(3));
            } catch (NumberFormatException e) {
                throw invalidEntry(key, entry.strip(), "een getal na =", "a number after =");
            }
            if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > scale) {
                throw invalidEntry(key, entry.strip(), "een bedrag groter dan 0 met hoogstens " + scale + " decimalen",
                        "an amount above 0 with at most " + scale + " decimals");
            }
            if (entries.put(period, amount.setScale(scale)) != null) {
                throw invalidEntry(key, entry.strip(), "elk jaar of kwartaal één keer", "each year or quarter once");
            }
        }
        return entries;
    }

    private static InvalidConfigurationException invalidEntry(String key, String entry, String nl, String en) {
        return new InvalidConfigurationException(key, LocalizedText.of("'" + entry + "': verwacht " + nl,
                "'" + entry + "': expected " + en));
    }

    public BigDecimal lumpSumPerDay(int year) {
        return required("lumpSumPerDay", lumpSumPerDay, year);
    }

    public BigDecimal lumpSumPerYear(int year) {
        return required("lumpSumPerYear", lumpSumPerYear, year);
    }

    public BigDecimal higherLumpSumPerYear(int year) {
        return required("higherLumpSumPerYear", higherLumpSumPerYear, year);
    }

    public BigDecimal kilometreCapPerYear(int year) {
        return required("kilometreCapPerYear", kilometreCapPerYear, year);
    }

    /** The rate of the quarter the day falls in, or else of its year. */
    public BigDecimal ratePerKm(Vehicle vehicle, LocalDate day) {
        int quarterOfYear = (day.getMonthValue() - 1) / 3 + 1;
        BigDecimal rate = rate(vehicle == Vehicle.CAR ? carRatePerKm : bicycleRatePerKm, day.getYear(), quarterOfYear);
        if (rate == null) {
            String quarter = day.getYear() + "-Q" + quarterOfYear;
            String key = vehicle == Vehicle.CAR ? "carRatePerKm" : "bicycleRatePerKm";
            throw missing(key, quarter, vehicle == Vehicle.CAR ? carRatePerKm : bicycleRatePerKm,
                    LocalizedText.of("de kilometervergoeding voor de " + vehicle.label().nl(),
                            "the kilometre rate for a " + vehicle.label().en()));
        }
        return rate;
    }

    /** Every figure configured for one year (a missing one is left out): what a coordinator checks. */
    public Map<String, Object> ofYear(int year) {
        Map<String, Object> figures = new TreeMap<>();
        putIfPresent(figures, "lumpSumPerDay", lumpSumPerDay.get(year));
        putIfPresent(figures, "lumpSumPerYear", lumpSumPerYear.get(year));
        putIfPresent(figures, "higherLumpSumPerYear", higherLumpSumPerYear.get(year));
        putIfPresent(figures, "kilometreCapPerYear", kilometreCapPerYear.get(year));
        Map<String, BigDecimal> car = new TreeMap<>();
        Map<String, BigDecimal> bicycle = new TreeMap<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            rateIfPresent(car, carRatePerKm, year, quarter);
            rateIfPresent(bicycle, bicycleRatePerKm, year, quarter);
        }
        figures.put("carRatePerKm", car);
        figures.put("bicycleRatePerKm", bicycle);
        return figures;
    }

    private static void putIfPresent(Map<String, Object> figures, String key, BigDecimal value) {
        if (value != null) {
            figures.put(key, value);
        }
    }

    private static void rateIfPresent(Map<String, BigDecimal> rates, Map<String, BigDecimal> configured, int year,
            int quarter) {
        BigDecimal rate = rate(configured, year, quarter);
        if (rate != null) {
            rates.put("Q" + quarter, rate);
        }
    }

    private static BigDecimal rate(Map<String, BigDecimal> rates, int year, int quarter) {
        return rates.getOrDefault(year + "-Q" + quarter, rates.get(Integer.toString(year)));
    }

    private static BigDecimal required(String key, Map<Integer, BigDecimal> figures, int year) {
        BigDecimal figure = figures.get(year);
        if (figure == null) {
            Map<String, BigDecimal> entries = new TreeMap<>();
            figures.forEach((configured, amount) -> entries.put(Integer.toString(configured), amount));
            throw missing(key, Integer.toString(year), entries, describe(key));
        }
        return figure;
    }

    private static LocalizedText describe(String key) {
        return switch (key) {
            case "lumpSumPerDay" -> LocalizedText.of("het forfaitaire dagplafond", "the lump-sum ceiling per day");
            case "lumpSumPerYear" -> LocalizedText.of("het forfaitaire jaarplafond", "the lump-sum ceiling per year");
            case "higherLumpSumPerYear" -> LocalizedText.of("het verhoogde jaarplafond", "the higher yearly ceiling");
            default -> LocalizedText.of("het maximum aantal kilometers per jaar", "the kilometre cap per year");
        };
    }

    /**
     * Refuses for want of a figure, telling the admin the exact line of {@value #FILE} that adds it: the key with
     * the entries configured now and the missing period, whose amount they fill in.
     */
    private static DomainException missing(String key, String period, Map<String, BigDecimal> configured,
            LocalizedText figure) {
        String line = lineToAdd(key, period, configured);
        String unit = switch (key) {
            case "carRatePerKm", "bicycleRatePerKm" -> "euro per km, hoogstens 4 decimalen|euro per km, at most 4 decimals";
            case "kilometreCapPerYear" -> "kilometers, een geheel getal|kilometres, a whole number";
            default -> "euro, hoogstens 2 decimalen|euro, at most 2 decimals";
        };
        String[] units = unit.split("\\|");
        String placeholder = placeholder(key);
        return DomainException.invalid("missing_figure", "date", LocalizedText.of(
                "Er is geen wettelijk bedrag voor " + period + ": " + figure.nl() + " (" + key + " in " + FILE
                        + ") ontbreekt. Een beheerder zet, zodra het officieel is, deze regel in " + FILE + ": "
                        + line + " (met het officiële bedrag voor " + period + " in plaats van " + placeholder + ", in "
                        + units[0] + ")",
                "There is no legal figure for " + period + ": " + figure.en() + " (" + key + " in " + FILE
                        + ") is missing. Once it is official, an admin puts this line in " + FILE + ": " + line
                        + " (with the official amount for " + period + " in place of " + placeholder + ", in "
                        + units[1] + ")"));
    }

    /** The line of the file that keeps every configured entry of the key and adds the missing period. */
    static String lineToAdd(String key, String period, Map<String, BigDecimal> configured) {
        SortedMap<String, String> entries = new TreeMap<>();
        configured.forEach((configuredPeriod, amount) -> entries.put(configuredPeriod, amount.toPlainString()));
        entries.put(period, placeholder(key));
        StringBuilder line = new StringBuilder(key).append(" = ");
        entries.forEach((entryPeriod, amount) -> line.append(entryPeriod).append('=').append(amount).append(", "));
        return line.substring(0, line.length() - 2);
    }

    private static String placeholder(String key) {
        return switch (key) {
            case "carRatePerKm", "bicycleRatePerKm" -> "0.xxxx";
            case "kilometreCapPerYear" -> "xxxx";
            default -> "xx.xx";
        };
    }
}
