package be.pillars.api.matching;

import org.osgi.annotation.versioning.ConsumerType;

import be.pillars.api.LocalizedText;

/**
 * One component of the score of a volunteer for a vacancy, registered as an OSGi service. The external pillar
 * weighs every registered scorer with the weight configured for its {@link #id()} (or the default weight for
 * scorers it does not know) next to its own components. {@link #score} runs for every candidate of a query,
 * often 100,000 times: keep it cheap and free of I/O; {@link #reason} runs only for the suggestions shown.
 */
@ConsumerType
public interface MatchScorer {

    /** A stable id, such as {@code same-district}: it names the scorer's weight in the configuration. */
    String id();

    /** How well the volunteer fits the vacancy in this respect, from 0 (not at all) to 1 (perfectly). */
    double score(VolunteerProfile volunteer, VacancyProfile vacancy);

    /** Why the volunteer scored {@code score}, in words a coach can repeat to the volunteer. */
    LocalizedText reason(VolunteerProfile volunteer, VacancyProfile vacancy, double score);
}
