package be.pillars.external.internal.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.pillars.api.matching.VacancyProfile;

/**
 * Where matching reads vacancies: the vacancy store registers itself as this service. While none is registered,
 * the matching routes and command answer that vacancies are unavailable (HTTP 503).
 *
 * <p>The database stays the truth: matching keeps an in-memory index of the open vacancies and rebuilds it
 * whenever {@link #revision()} differs from the revision it indexed, so changes made on another node count too.
 */
public interface VacancySource {

    /**
     * A value that changes whenever any vacancy is opened, changed or closed, on any node; cheap to ask
     * (for example the newest change time and the count of open vacancies, read from the database).
     */
    String revision();

    /** Every vacancy open now: the ones worth suggesting to volunteers. */
    List<VacancyProfile> openVacancies();

    /** A vacancy of any status, to find candidates for. */
    Optional<VacancyProfile> find(UUID id);
}
