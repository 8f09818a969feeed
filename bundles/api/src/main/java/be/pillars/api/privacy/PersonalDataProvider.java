package be.pillars.api.privacy;

import java.util.Map;
import java.util.UUID;

import org.osgi.annotation.versioning.ConsumerType;

import be.pillars.api.http.Caller;

/**
 * A bundle's part in the export and erasure of a volunteer's personal data.
 */
@ConsumerType
public interface PersonalDataProvider {

    /** Who holds the data, such as {@code core} or a pillar's id: the key of this part in the export. */
    String name();

    /**
     * Everything this bundle holds about the volunteer that the requester may read, as values Jackson can write
     * (records, lists, maps, text); an empty map when it holds nothing. The export goes to {@code requester} (a
     * coordinator or an admin, who hands it to the volunteer): what the bundle shows only to some logins (such as
     * a coach's own notes) stays out for the others, best with a mark that something was withheld, so that the
     * export does not look complete when it is not.
     *
     * @param requester who asks: over HTTP the request's caller; at the console or in a job, the login acting
     */
    Map<String, Object> export(UUID volunteerId, Caller requester);

    /**
     * Removes or anonymises everything that names the volunteer. What the law requires to be kept (see the
     * bundle's own documentation) may stay, without anything that identifies the person.
     */
    void erase(UUID volunteerId);
}
