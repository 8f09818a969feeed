package be.pillars.api.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the installed bundles hold about one volunteer.
 *
 * @param volunteerId whom it is about
 * @param exportedAt  when it was made
 * @param holders     each provider's part, by provider name
 */
public record PersonalDataExport(UUID volunteerId, Instant exportedAt, Map<String, Map<String, Object>> holders) {
}
