package be.pillars.external.internal.vacancies;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;

/**
 * What an organisation or a coordinator sends to create or replace a vacancy.
 *
 * @param organisationId   a core organisation; cannot change once the vacancy exists
 * @param title            Dutch required, English optional
 * @param description      Dutch required, English optional
 * @param mustHaveSkills   skill codes a volunteer must have (attitude first: keep it short)
 * @param niceToHaveSkills skill codes that count in a volunteer's favour
 * @param languages        ISO 639-1 codes such as {@code fr}, of which a volunteer should speak one: a score in
 *                         matching, not a filter; none when any language will do
 * @param place            required
 * @param time             required
 * @param kind             occasional or regular; the kind of the engagement an accepted application becomes
 * @param wanted           how many volunteers, at least 1
 * @param status           {@code DRAFT} when not given; {@code FILLED} only when every place is taken
 * @param publishFrom      first day it is public; public from the day it opens when not given
 * @param publishUntil     last day it is public; until its last day of work when not given
 */
public record VacancyInput(UUID organisationId, Text title, Text description, Set<String> mustHaveSkills,
        Set<String> niceToHaveSkills, Set<String> languages, Place place, Schedule time, EngagementKind kind,
        Integer wanted, VacancyStatus status, LocalDate publishFrom, LocalDate publishUntil) {
}
