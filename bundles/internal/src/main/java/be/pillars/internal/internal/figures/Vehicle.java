package be.pillars.internal.internal.figures;

import be.pillars.api.LocalizedText;

/** How a volunteer travelled, which sets the kilometre rate. */
public enum Vehicle {
    CAR(LocalizedText.of("auto", "car")),
    BICYCLE(LocalizedText.of("fiets", "bicycle"));

    private final LocalizedText label;

    Vehicle(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
