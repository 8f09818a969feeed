package be.pillars.internal.internal.events;

import be.pillars.api.LocalizedText;

/** What kind of thank-you a volunteer event is. */
public enum EventKind {
    PARTY(LocalizedText.of("vrijwilligersfeest", "volunteer party")),
    BREAKFAST(LocalizedText.of("vrijwilligersontbijt", "volunteer breakfast")),
    OTHER(LocalizedText.of("andere activiteit", "other event"));

    private final LocalizedText label;

    EventKind(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
