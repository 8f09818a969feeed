package be.pillars.external.internal.vacancies;

/** Where a vacancy stands; only an open vacancy within its publication window is public. */
public enum VacancyStatus {
    /** Being written; seen only by its organisation and the coordinators. */
    DRAFT,
    /** Published and taking applications. */
    OPEN,
    /** Every place is taken; set when the last application is accepted. */
    FILLED,
    /** No longer taking applications. */
    CLOSED
}
