package be.pillars.api.volunteer;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A recurring weekly time a volunteer is available, such as Monday 09:00 to 12:00. */
public record WeeklySlot(DayOfWeek day, LocalTime from, LocalTime to) {
}
