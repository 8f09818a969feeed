package be.pillars.external.internal.vacancies;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import be.pillars.api.volunteer.WeeklySlot;

/**
 * When the work is: either one day with a time slot ({@code date}, {@code from}, {@code to}) or weekly slots
 * within a period ({@code weekly}, {@code startDate}, optional {@code endDate}), never both.
 */
public record Schedule(LocalDate date, LocalTime from, LocalTime to, List<WeeklySlot> weekly, LocalDate startDate,
        LocalDate endDate) {

    public static Schedule oneOff(LocalDate date, LocalTime from, LocalTime to) {
        return new Schedule(date, from, to, null, null, null);
    }

    public static Schedule weekly(List<WeeklySlot> slots, LocalDate startDate, LocalDate endDate) {
        return new Schedule(null, null, null, slots, startDate, endDate);
    }

    /** The last day with work, or null for a weekly schedule without end. */
    LocalDate lastDay() {
        return date != null ? date : endDate;
    }
}
