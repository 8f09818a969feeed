package be.pillars.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Core's view of which pillars are installed now; the one source behind the HTTP list and the console. */
@ProviderType
public interface PillarRegistry {

    /** The installed pillars, ordered by id. */
    List<InstalledPillar> installed();

    Optional<InstalledPillar> find(String id);
}
