/**
 * Channels that publish open vacancies to outside platforms (Give A Day, a city website, a regional portal).
 * The external pillar announces every change of a public vacancy to each registered {@link
 * be.pillars.api.channel.VacancyChannel} service as a {@link be.pillars.api.channel.VacancyEvent}, durably and
 * with retries; an integrator adds a platform by deploying a bundle that registers such a service.
 */
@Export
@Version("1.0.0")
package be.pillars.api.channel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
