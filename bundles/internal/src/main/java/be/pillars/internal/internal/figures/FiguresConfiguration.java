package be.pillars.internal.internal.figures;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The legal figures of the expense allowances, keyed by year, edited in {@code etc/be.pillars.internal.figures.cfg}.
 * Each key holds a list such as {@code 2024=41.48, 2026=44.02}; a year that is not listed has no figure, and
 * claims that need it are refused.
 */
@ObjectClassDefinition(id = LegalFigures.PID, name = "%figures.name", description = "%figures.description",
        localization = "OSGI-INF/l10n/figures")
public @interface FiguresConfiguration {

    @AttributeDefinition(name = "%lumpSumPerDay.name", description = "%lumpSumPerDay.description")
    String lumpSumPerDay() default Figures.DEFAULT_LUMP_SUM_PER_DAY;

    @AttributeDefinition(name = "%lumpSumPerYear.name", description = "%lumpSumPerYear.description")
    String lumpSumPerYear() default Figures.DEFAULT_LUMP_SUM_PER_YEAR;

    @AttributeDefinition(name = "%higherLumpSumPerYear.name", description = "%higherLumpSumPerYear.description")
    String higherLumpSumPerYear() default Figures.DEFAULT_HIGHER_LUMP_SUM_PER_YEAR;

    @AttributeDefinition(name = "%carRatePerKm.name", description = "%carRatePerKm.description")
    String carRatePerKm() default Figures.DEFAULT_CAR_RATE_PER_KM;

    @AttributeDefinition(name = "%bicycleRatePerKm.name", description = "%bicycleRatePerKm.description")
    String bicycleRatePerKm() default Figures.DEFAULT_BICYCLE_RATE_PER_KM;

    @AttributeDefinition(name = "%kilometreCapPerYear.name", description = "%kilometreCapPerYear.description")
    String kilometreCapPerYear() default Figures.DEFAULT_KILOMETRE_CAP_PER_YEAR;
}
