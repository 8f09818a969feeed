package be.pillars.internal.internal.claims;

import be.pillars.api.LocalizedText;

/** The legal limits a volunteer's allowances must stay within. */
public enum Ceiling {
    DAILY(LocalizedText.of("het forfaitaire dagplafond", "the lump-sum ceiling per day")),
    ORDINARY_YEARLY(LocalizedText.of("het gewone forfaitaire jaarplafond", "the ordinary lump-sum ceiling per year")),
    HIGHER_YEARLY(LocalizedText.of("het verhoogde forfaitaire jaarplafond", "the higher lump-sum ceiling per year")),
    KILOMETRES(LocalizedText.of("het maximum aantal kilometers bovenop het forfait",
            "the kilometre cap on top of the lump sum"));

    private final LocalizedText label;

    Ceiling(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
