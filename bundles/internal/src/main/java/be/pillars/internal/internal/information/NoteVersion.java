package be.pillars.internal.internal.information;

import java.time.Instant;

import be.pillars.api.LocalizedText;

/**
 * One version of the organisation note: what the Law of 3 July 2005 (art. 4) requires the organisation to tell a
 * volunteer before they start, in Dutch and English.
 *
 * @param version    1 for the first, then one more for each new version
 * @param purpose    the organisation's purpose
 * @param legalForm  its legal form (a de facto association names a responsible person)
 * @param insurance  the insurance it took out for its volunteers
 * @param expenses   whether and how expenses are reimbursed
 * @param discretion the duty of discretion, or professional secrecy where it applies
 */
public record NoteVersion(int version, LocalizedText purpose, LocalizedText legalForm, LocalizedText insurance,
        LocalizedText expenses, LocalizedText discretion, String publishedBy, Instant publishedAt) {

    /** A part of the note as an admin sends it; both languages are required. */
    public record Part(String nl, String en) {
    }

    /** What an admin sends to publish a new version; every part is required. */
    public record Input(Part purpose, Part legalForm, Part insurance, Part expenses, Part discretion) {
    }
}
