package be.pillars.external.internal.reports;

import static be.pillars.api.storage.Jdbc.prepared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.LocalizedText;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.external.internal.ReportCsv;
import be.pillars.external.internal.applications.ApplicationStatus;
import be.pillars.external.internal.ladder.Ladder;
import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.external.internal.vacancies.VacancyStatus;

/**
 * Per organisation: its vacancies by status with the places wanted and filled, and the matches made (accepted
 * applications) split by who started them: a coach who proposed the volunteer, or the volunteer who applied.
 * Counts only.
 */
@Component(service = OrganisationReport.class)
public class OrganisationReport {

    private final DataSource dataSource;
    private final OrganisationService organisations;

    /**
     * One organisation's figures.
     *
     * @param vacancies          how many vacancies in each status, now
     * @param placesWanted       places asked for by its open and filled vacancies
     * @param placesFilled       places taken in them
     * @param applications       applications for its vacancies made in the period
     * @param matchesByCoaches   accepted in the period, after a coach proposed the volunteer
     * @param matchesSelfApplied accepted in the period, after the volunteer applied
     */
    public record Line(UUID organisationId, String organisation, Map<VacancyStatus, Integer> vacancies,
            int placesWanted, int placesFilled, int applications, int matchesByCoaches, int matchesSelfApplied) {
    }

    /** The period the application figures cover (either end open) and one line per organisation with vacancies. */
    public record Report(LocalDate from, LocalDate to, List<Line> organisations) {

        static final List<LocalizedText> HEADER = List.of(LocalizedText.of("organisatie-id", "organisationId"),
                LocalizedText.of("organisatie", "organisation"), LocalizedText.of("concept", "draft"),
                LocalizedText.of("open", "open"), LocalizedText.of("ingevuld", "filled"),
                LocalizedText.of("gesloten", "closed"), LocalizedText.of("gevraagde plaatsen", "placesWanted"),
                LocalizedText.of("ingevulde plaatsen", "placesFilled"), LocalizedText.of("sollicitaties",
                        "applications"), LocalizedText.of("matches door coaches", "matchesByCoaches"),
                LocalizedText.of("matches op eigen sollicitatie", "matchesSelfApplied"));

        /** One line per organisation, its header in the reader's language; counts only. */
        public String csv(Locale reader) {
            return ReportCsv.write(HEADER, organisations.stream().map(line -> new String[] {
                line.organisationId().toString(), line.organisation() == null ? "" : line.organisation(),
                count(line, VacancyStatus.DRAFT), count(line, VacancyStatus.OPEN), count(line, VacancyStatus.FILLED),
                count(line, VacancyStatus.CLOSED), Integer.toString(line.placesWanted()),
                Integer.toString(line.placesFilled()), Integer.toString(line.applications()),
                Integer.toString(line.matchesByCoaches()), Integer.toString(line.matchesSelfApplied())}).toList(),
                    reader);
        }

        private static String count(Line line, VacancyStatus status) {
            return Integer.toString(line.vacancies().getOrDefault(status, 0));
        }
    }

    @Activate
    public OrganisationReport(@Reference(target = ExternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource,
            @Reference OrganisationService organisations) {
        this.dataSource = dataSource;
        this.organisations = organisations;
    }

    /**
     * @param only an organisation to report on alone, or null for every organisation with vacancies
     * @param from first day of the period (in the municipality's time zone), or null
     * @param to   last day of the period, or null
     */
    public Report report(UUID only, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Fields.invalid("invalid_period", "to", "Het einde ligt voor het begin",
                    "The end lies before the start");
        }
        Map<UUID, Counts> counts = Jdbc.read(dataSource, connection -> {
            Map<UUID, Counts> found = new HashMap<>();
            countVacancies(connection, only, found);
            countApplications(connection, only, from, to, found);
            return found;
        });
        List<Line> lines = new ArrayList<>();
        counts.forEach((organisationId, count) -> lines.add(count.line(organisationId, organisations.find(
                organisationId).map(Organisation::data).map(OrganisationData::name).orElse(null))));
        lines.sort(Comparator.comparing(Line::organisation, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(Line::organisationId));
        return new Report(from, to, lines);
    }

    private static void countVacancies(Connection connection, UUID only, Map<UUID, Counts> counts)
            throws SQLException {
        String sql = "SELECT organisation_id, status, COUNT(*), SUM(wanted), SUM(filled) FROM external_vacancy"
                + (only == null ? "" : " WHERE organisation_id = ?") + " GROUP BY organisation_id, status";
        try (PreparedStatement select = prepared(connection, sql, only == null ? List.of() : List.of(only));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Counts count = counts.computeIfAbsent(row.getObject(1, UUID.class), id -> new Counts());
                VacancyStatus status = VacancyStatus.valueOf(row.getString(2));
                count.vacancies.put(status, row.getInt(3));
                if (status == VacancyStatus.OPEN || status == VacancyStatus.FILLED) {
                    count.placesWanted += row.getInt(4);
                    count.placesFilled += row.getInt(5);
                }
            }
        }
    }

    /**
     * Who started an application is its first status in the history; when it was accepted, the time of the change
     * to {@code ACCEPTED}.
     */
    private static void countApplications(Connection connection, UUID only, LocalDate from, LocalDate to,
            Map<UUID, Counts> counts) throws SQLException {
        String sql = "SELECT v.organisation_id, a.created_at, first.status, accepted.changed_at FROM external_application a "
                + "JOIN external_vacancy v ON v.id = a.vacancy_id "
                + "JOIN external_application_change first ON first.application_id = a.id AND first.version = 1 "
                + "LEFT JOIN external_application_change accepted ON accepted.application_id = a.id "
                + "AND accepted.status = ?" + (only == null ? "" : " WHERE v.organisation_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(ApplicationStatus.ACCEPTED.name()));
        if (only != null) {
            parameters.add(only);
        }
        Instant start = from == null ? null : from.atStartOfDay(Ladder.MUNICIPALITY).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Ladder.MUNICIPALITY).toInstant();
        try (PreparedStatement select = prepared(connection, sql, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Counts count = counts.computeIfAbsent(row.getObject(1, UUID.class), id -> new Counts());
                if (within(row.getObject(2, OffsetDateTime.class).toInstant(), start, end)) {
                    count.applications++;
                }
                OffsetDateTime accepted = row.getObject(4, OffsetDateTime.class);
                if (accepted != null && within(accepted.toInstant(), start, end)) {
                    if (ApplicationStatus.valueOf(row.getString(3)) == ApplicationStatus.PROPOSED) {
                        count.matchesByCoaches++;
                    } else {
                        count.matchesSelfApplied++;
                    }
                }
            }
        }
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
    }

    private static final class Counts {

        final Map<VacancyStatus, Integer> vacancies = new EnumMap<>(VacancyStatus.class);
        int placesWanted;
        int placesFilled;
        int applications;
        int matchesByCoaches;
        int matchesSelfApplied;

        Line line(UUID organisationId, String name) {
            Map<VacancyStatus, Integer> all = new EnumMap<>(VacancyStatus.class);
            for (VacancyStatus status : VacancyStatus.values()) {
                all.put(status, vacancies.getOrDefault(status, 0));
            }
            return new Line(organisationId, name, all, placesWanted, placesFilled, applications, matchesByCoaches,
                    matchesSelfApplied);
        }
    }
}
