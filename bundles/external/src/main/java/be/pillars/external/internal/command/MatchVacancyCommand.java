package be.pillars.external.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.matching.Match;
import be.pillars.api.validation.Text;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.external.internal.matching.Matching;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * {@code pillars:match-vacancy <vacancyId>}: the best candidates for a vacancy with their reasons, as over HTTP, each
 * with the volunteer's name next to the id, under the vacancy's title.
 */
@Service
@Command(scope = "pillars", name = "match-vacancy",
        description = "Suggests the best volunteers for a vacancy / "
                + "Stelt de beste vrijwilligers voor een vacature voor")
public class MatchVacancyCommand implements Action {

    private static final int MAX_LIMIT = 100;

    @Reference
    Matching matching;

    @Reference(optional = true)
    VacancyStore vacancies;

    @Reference(optional = true)
    VolunteerService volunteers;

    @Argument(index = 0, name = "vacancyId", required = true, description = "The vacancy / De vacature")
    String vacancyId;

    @Option(name = "--limit", description = "At most this many (default 20)")
    int limit = 20;

    @Override
    public Object execute() {
        Locale locale = Locale.getDefault();
        try {
            List<Match> matches = matching.candidatesFor(UUID.fromString(vacancyId),
                    Math.max(1, Math.min(limit, MAX_LIMIT)));
            Names names = new Names(volunteers, null, vacancies);
            if (!matches.isEmpty()) {
                System.out.println(Text.printable(matches.get(0).vacancyId()) + "  "
                        + Text.printable(names.vacancy(matches.get(0).vacancyId())));
            }
            for (Match match : matches) {
                System.out.printf("%s  %s  %.4f%n", match.volunteerId(), Text.printable(names.volunteer(
                        match.volunteerId())), match.score());
                for (Match.Contribution contribution : match.contributions()) {
                    System.out.printf("    %-20s %.2f x %.2f  %s%n", Text.printable(contribution.scorer()),
                            contribution.score(), contribution.weight(), Text.printable(contribution.reason()
                                    .in(locale)));
                }
            }
            System.out.println(matches.size() + " "
                    + LocalizedText.of("suggesties", "suggestions").in(locale));
        } catch (IllegalArgumentException e) {
            String typed = Text.printable(vacancyId);
            System.err.println("invalid_id (vacancyId): " + LocalizedText.of("'" + typed + "' is geen geldig id",
                    "'" + typed + "' is not a valid id").in(locale));
        } catch (DomainException e) {
            System.err.println(e.code() + ": " + Text.printable(e.text().in(locale)));
        } catch (ApiException e) {
            System.err.println(e.code() + ": " + Text.printable(e.text().in(locale)));
        }
        return null;
    }
}
