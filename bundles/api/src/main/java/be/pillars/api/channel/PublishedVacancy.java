package be.pillars.api.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * A vacancy as anyone may see it, the same as the public search shows: what the work is, where, when, and how
 * many places are left. Never personal data: no author, no applicants, no contact person.
 *
 * @param id               the vacancy's id, stable for its whole life
 * @param version          grows with every change of the vacancy: of two views the higher version is newer
 * @param updatedAt        when the vacancy last changed
 * @param organisationName the organisation the work is for
 * @param title            in Dutch, and in English when the organisation wrote it
 * @param description      in Dutch, and in English when the organisation wrote it
 * @param mustHaveSkills   codes of the skill list ({@code GET /api/skills}) a volunteer needs
 * @param niceToHaveSkills codes of skills that help
 * @param place            where the work is
 * @param time             when the work is
 * @param kind             occasional or regular
 * @param placesLeft       volunteers still wanted
 * @param publishUntil     the last day it is published, or null
 */
public record PublishedVacancy(UUID id, long version, Instant updatedAt, String organisationName, Text title,
        Text description, Set<String> mustHaveSkills, Set<String> niceToHaveSkills, Place place, Time time,
        EngagementKind kind, int placesLeft, LocalDate publishUntil) {

    public PublishedVacancy {
        Objects.requireNonNull(id, "id");
        mustHaveSkills = sorted(mustHaveSkills);
        niceToHaveSkills = sorted(niceToHaveSkills);
    }

    /** In alphabetical order, so that the same vacancy is written the same way every time (stable feed ETags). */
    private static Set<String> sorted(Set<String> skills) {
        return skills == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(skills));
    }

    /**
     * A text in Dutch, and optionally in English.
     *
     * @param nl always given
     * @param en null when the organisation wrote none
     */
    public record Text(String nl, String en) {
    }

    /**
     * Where the work is.
     *
     * @param postalCode a Belgian postal code
     * @param latitude   WGS 84 degrees, or null
     * @param longitude  WGS 84 degrees, or null (given together with the latitude)
     */
    public record Place(String postalCode, Double latitude, Double longitude) {
    }

    /**
     * When the work is, in the municipality's local time (Europe/Brussels): either one day ({@code date},
     * {@code from}, {@code to}) or weekly slots ({@code weekly}) from {@code startDate} until {@code endDate}
     * (null: open-ended).
     */
    public record Time(LocalDate date, LocalTime from, LocalTime to, List<WeeklySlot> weekly, LocalDate startDate,
            LocalDate endDate) {

        public Time {
            weekly = weekly == null ? null : List.copyOf(weekly);
        }
    }
}
