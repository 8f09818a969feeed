package be.pillars.internal.internal.claims;

import be.pillars.api.LocalizedText;

/** Where a claim stands; pending and approved claims count towards the ceilings, rejected ones do not. */
public enum ClaimStatus {
    PENDING(LocalizedText.of("wacht op goedkeuring", "waiting for approval")),
    APPROVED(LocalizedText.of("goedgekeurd", "approved")),
    REJECTED(LocalizedText.of("afgewezen", "rejected"));

    private final LocalizedText label;

    ClaimStatus(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
