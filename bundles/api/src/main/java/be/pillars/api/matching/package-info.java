/**
 * Explainable matching of volunteers and vacancies: the profiles that are matched, the {@link
 * be.pillars.api.matching.MatchScorer} services that score them, and the explained result. Integrators add a
 * scorer by registering a {@code MatchScorer} service from their own bundle.
 */
@Export
@Version("1.0.0")
package be.pillars.api.matching;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
