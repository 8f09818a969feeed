package be.pillars.internal.internal.appreciation;

import be.pillars.api.LocalizedText;

/** What a service spends its appreciation budget on. */
public enum SpendingKind {
    DAY_TRIP(LocalizedText.of("daguitstap", "day trip")),
    TRAINING(LocalizedText.of("vorming", "training")),
    GIFT(LocalizedText.of("geschenk", "gift")),
    OTHER(LocalizedText.of("andere", "other"));

    private final LocalizedText label;

    SpendingKind(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
