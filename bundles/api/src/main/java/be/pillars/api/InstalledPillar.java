package be.pillars.api;

/**
 * A pillar as the registry sees it now.
 *
 * @param id          the pillar's id
 * @param name        its name in Dutch and English
 * @param description what it does, in Dutch and English
 * @param version     the version of the bundle that registered it
 * @param state       its health at the moment of asking
 * @param stateDetail why it is in that state, in Dutch and English
 */
public record InstalledPillar(String id, LocalizedText name, LocalizedText description, String version,
        Health.Status state, LocalizedText stateDetail) {
}
