package be.pillars.internal.internal.services;

import java.time.Clock;
import java.time.LocalDate;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiRequest;

/** Calendar years as callers type them: budgets, reports and events are kept per year. */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private Years() {
    }

    public static int check(String field, int year) {
        if (year < FIRST || year > LAST) {
            throw DomainException.invalid("invalid_year", field, LocalizedText.of(
                    "Een jaar van " + FIRST + " tot " + LAST, "A year from " + FIRST + " to " + LAST));
        }
        return year;
    }

    /** The {@code year} query parameter, or the current year when absent. */
    public static int query(ApiRequest request, Clock clock) {
        return request.queryNumber("year", LocalDate.now(clock).getYear(), FIRST, LAST);
    }
}
