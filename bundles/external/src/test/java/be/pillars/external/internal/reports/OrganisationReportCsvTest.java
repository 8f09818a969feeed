package be.pillars.external.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.external.internal.CsvLines;
import be.pillars.external.internal.vacancies.VacancyStatus;

class OrganisationReportCsvTest {

    private static final UUID FOOD_BANK = UUID.fromString("00000000-0000-0000-0000-00000000000f");
    private static final UUID GONE = UUID.fromString("00000000-0000-0000-0000-00000000000e");

    private final OrganisationReport.Report report = new OrganisationReport.Report(null, null, List.of(
            new OrganisationReport.Line(FOOD_BANK, "=Voedselbank; Hasselt", Map.of(VacancyStatus.DRAFT, 1,
                    VacancyStatus.OPEN, 2, VacancyStatus.FILLED, 3, VacancyStatus.CLOSED, 4), 12, 7, 9, 2, 5),
            new OrganisationReport.Line(GONE, null, Map.of(), 0, 0, 1, 0, 0)));

    @Test
    void theReportGoesToASpreadsheetWithItsHeaderInTheReadersLanguage() {
        assertEquals(List.of("organisatie-id;organisatie;concept;open;ingevuld;gesloten;gevraagde plaatsen;"
                + "ingevulde plaatsen;sollicitaties;matches door coaches;matches op eigen sollicitatie",
                FOOD_BANK + ";\"'=Voedselbank; Hasselt\";1;2;3;4;12;7;9;2;5", GONE + ";;0;0;0;0;0;0;1;0;0"),
                CsvLines.of(report.csv(LocalizedText.DUTCH)));
        assertEquals("organisationId;organisation;draft;open;filled;closed;placesWanted;placesFilled;applications;"
                + "matchesByCoaches;matchesSelfApplied", CsvLines.of(report.csv(Locale.ENGLISH))
                        .get(0));
    }
}
