package be.pillars.internal.internal.coaches;

import java.time.Instant;

/**
 * A staff login that coaches volunteers.
 *
 * @param caseload how many volunteers are assigned to the coach
 */
public record Coach(String username, Instant enrolledAt, int caseload) {
}
