package be.pillars.internal.internal.information;

/**
 * The organisation note as a volunteer receives it: the current version, with the insurance policy in force
 * on the day it is shown.
 *
 * @param insurancePolicy null when no policy is in force that day
 */
public record OrganisationNote(NoteVersion note, InsurancePolicy insurancePolicy) {
}
