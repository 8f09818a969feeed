package be.pillars.api.organisation;

/** Whether an organisation is part of the municipality. */
public enum OrganisationKind {
    /** A municipal service ("dienst"): library, museum, sports, care home, events, ... */
    MUNICIPAL_SERVICE,
    /** An organisation outside the municipality that works with volunteers. */
    EXTERNAL
}
