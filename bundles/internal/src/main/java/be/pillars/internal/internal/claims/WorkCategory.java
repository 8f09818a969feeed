package be.pillars.internal.internal.claims;

import be.pillars.api.LocalizedText;

/** Which yearly lump-sum ceiling the work of a claim falls under. */
public enum WorkCategory {
    ORDINARY(LocalizedText.of("gewoon vrijwilligerswerk", "ordinary volunteer work")),
    /**
     * The categories with the higher yearly ceiling: sports trainer, instructor, coach, youth-sport coordinator,
     * referee, jury member, steward, groundskeeper or equipment manager, signaller at sports events; night and
     * day sitters for people in need; non-urgent lying-down patient transport.
     */
    HIGHER(LocalizedText.of("werk met het verhoogde plafond (sport, oppas, niet-dringend liggend ziekenvervoer)",
            "work under the higher ceiling (sports, sitting, non-urgent lying-down patient transport)"));

    private final LocalizedText label;

    WorkCategory(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
