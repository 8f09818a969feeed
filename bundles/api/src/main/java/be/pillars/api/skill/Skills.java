package be.pillars.api.skill;

import java.util.Collection;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Core's skill taxonomy, as pillars check the skill codes they store (vacancies, for one). */
@ProviderType
public interface Skills {

    /** The codes among these that the taxonomy does not know, in the order given; empty when all are known. */
    Set<String> unknown(Collection<String> codes);
}
