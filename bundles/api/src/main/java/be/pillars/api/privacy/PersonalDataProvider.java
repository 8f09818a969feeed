package be.pillars.api.privacy;

import java.util.Map;
import java.util.UUID;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's part in the export and erasure of a volunteer's personal data.
 */
@ConsumerType
public interface PersonalDataProvider {

    /** Who holds the data, such as {@code core} or a pillar's id: the key of this part in the export. */
    String name();

    /**
     * Everything this bundle holds about the volunteer, as values Jackson can write (records, lists, maps,
     * text); an empty map when it holds nothing.
     */
    Map<String, Object> export(UUID volunteerId);

    /**
     * Removes or anonymises everything that names the volunteer. What the law requires to be kept (see the
     * bundle's own documentation) may stay, without anything that identifies the person.
     */
    void erase(UUID volunteerId);
}
