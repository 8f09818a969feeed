package be.pillars.internal.internal.events;

import be.pillars.api.LocalizedText;

/** A volunteer's answer to an invitation. */
public enum Reply {
    YES(LocalizedText.of("ja", "yes")),
    NO(LocalizedText.of("nee", "no")),
    MAYBE(LocalizedText.of("misschien", "maybe"));

    private final LocalizedText label;

    Reply(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
