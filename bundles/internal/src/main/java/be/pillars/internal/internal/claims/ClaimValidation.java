package be.pillars.internal.internal.claims;

import static be.pillars.api.validation.Fields.euros;
import static be.pillars.api.validation.Fields.invalid;
import static be.pillars.api.validation.Fields.optional;
import static be.pillars.api.validation.Fields.present;
import static be.pillars.api.validation.Fields.required;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The shape of a claim, checked before anything is looked up: each problem names its field. */
final class ClaimValidation {

    /** Far above any allowance a volunteer can get in a year; guards against typing errors. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");
    static final BigDecimal MAX_DISTANCE_KM = new BigDecimal("10000");

    private ClaimValidation() {
    }

    /** The claim with its defaults filled in; the work must lie in the past or today. */
    static ClaimData validated(ClaimData input, LocalDate today) {
        present("volunteerId", input.volunteerId());
        ClaimKind kind = present("kind", input.kind());
        LocalDate date = present("date", input.date());
        if (date.isAfter(today)) {
            throw invalid("invalid_date", "date", "Een vergoeding wordt gevraagd na het werk, niet vooraf",
                    "An allowance is claimed after the work, not ahead of it");
        }
        return switch (kind) {
            case LUMP_SUM_DAY -> {
                notApplicable(kind, "description", input.description());
                notApplicable(kind, "proofReference", input.proofReference());
                kilometresNotApplicable(input);
                yield new ClaimData(input.volunteerId(), input.serviceId(), kind, date,
                        input.category() == null ? WorkCategory.ORDINARY : input.category(),
                        euros("amount", input.amount(), MAX_AMOUNT, false), null, null, null, null, null);
            }
            case REAL_COST -> {
                notApplicable(kind, "category", input.category());
                kilometresNotApplicable(input);
                yield new ClaimData(input.volunteerId(), input.serviceId(), kind, date, null,
                        euros("amount", input.amount(), MAX_AMOUNT, true),
                        required("description", input.description(), 200),
                        required("proofReference", input.proofReference(), 100), null, null, null);
            }
            case KILOMETRES -> {
                notApplicable(kind, "category", input.category());
                notApplicable(kind, "proofReference", input.proofReference());
                if (input.amount() != null) {
                    throw invalid("not_applicable", "amount", "Het bedrag volgt uit de afstand en het kilometertarief",
                            "The amount follows from the distance and the kilometre rate");
                }
                yield new ClaimData(input.volunteerId(), input.serviceId(), kind, date, null, null,
                        optional("description", input.description(), 200), null, distance(input.distanceKm()),
                        present("vehicle", input.vehicle()), Boolean.TRUE.equals(input.passengerTransport()));
            }
        };
    }

    private static BigDecimal distance(BigDecimal distance) {
        present("distanceKm", distance);
        if (distance.signum() <= 0 || distance.stripTrailingZeros().scale() > 1
                || distance.compareTo(MAX_DISTANCE_KM) > 0) {
            throw invalid("invalid_distance", "distanceKm", "Een afstand in km groter dan 0, met hoogstens 1 decimaal "
                    + "en hoogstens " + MAX_DISTANCE_KM, "A distance in km above 0, with at most 1 decimal, of at most "
                    + MAX_DISTANCE_KM);
        }
        return distance.setScale(1);
    }

    private static void kilometresNotApplicable(ClaimData input) {
        notApplicable(input.kind(), "distanceKm", input.distanceKm());
        notApplicable(input.kind(), "vehicle", input.vehicle());
        notApplicable(input.kind(), "passengerTransport", input.passengerTransport());
    }

    private static void notApplicable(ClaimKind kind, String field, Object value) {
        if (value != null) {
            throw invalid("not_applicable", field, "Dit veld hoort niet bij een " + kind.label().nl(),
                    "This field does not belong to a " + kind.label().en());
        }
    }
}
