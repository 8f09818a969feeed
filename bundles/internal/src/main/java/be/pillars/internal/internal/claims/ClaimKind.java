package be.pillars.internal.internal.claims;

import be.pillars.api.LocalizedText;
import be.pillars.internal.internal.Policy.CompensationSystem;

/** What a claim asks to be paid for. */
public enum ClaimKind {
    /** A day of volunteer work under the lump-sum system. */
    LUMP_SUM_DAY(CompensationSystem.LUMP_SUM, LocalizedText.of("forfaitaire dag", "lump-sum day")),
    /** A documented cost under the real-costs system. */
    REAL_COST(CompensationSystem.REAL_COSTS, LocalizedText.of("reële kost", "real cost")),
    /** Travel at the kilometre rate, under either system. */
    KILOMETRES(null, LocalizedText.of("kilometers", "kilometres"));

    private final CompensationSystem system;
    private final LocalizedText label;

    ClaimKind(CompensationSystem system, LocalizedText label) {
        this.system = system;
        this.label = label;
    }

    /** The only system this kind belongs to, or null when it fits both. */
    public CompensationSystem system() {
        return system;
    }

    public LocalizedText label() {
        return label;
    }
}
