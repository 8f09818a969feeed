package be.pillars.external.internal.channels;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.InvalidConfigurationException;

/**
 * Where on the municipality's own website a person reads a vacancy and applies for it: a URL in which {@value #ID}
 * stands for the vacancy's id, such as {@code https://www.hasselt.be/vrijwilligen/vacature/{id}}. The website
 * decides its own paths, hence a template rather than a base URL.
 *
 * @param template null when no page is configured: the calendar then links nowhere
 */
public record VacancyPages(String template) {

    public static final String ID = "{id}";
    public static final VacancyPages NONE = new VacancyPages(null);

    /** The page of one vacancy, when pages are configured. */
    public Optional<String> of(UUID vacancy) {
        return template == null ? Optional.empty() : Optional.of(template.replace(ID, vacancy.toString()));
    }

    /**
     * @param key        the configuration key, named when the template is refused
     * @param configured blank for none
     * @throws InvalidConfigurationException when it is not an http or https URL with {@value #ID} in it
     */
    public static VacancyPages from(String key, String configured) {
        if (configured == null || configured.isBlank()) {
            return NONE;
        }
        String template = configured.strip();
        if (!template.contains(ID)) {
            throw new InvalidConfigurationException(key, LocalizedText.of(
                    "'" + template + "' moet " + ID + " bevatten, waar het id van de vacature komt, zoals "
                            + "https://www.gemeente.be/vrijwilligen/vacature/" + ID,
                    "'" + template + "' must contain " + ID + ", where the vacancy's id goes, such as "
                            + "https://www.example.be/volunteering/vacancy/" + ID));
        }
        try {
            URI page = new URI(template.replace(ID, UUID.randomUUID().toString()));
            String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && page.getHost() != null) {
                return new VacancyPages(template);
            }
        } catch (URISyntaxException e) {
            // refused below, with an example
        }
        throw new InvalidConfigurationException(key, LocalizedText.of(
                "'" + template + "' is geen http- of https-adres, zoals https://www.gemeente.be/vrijwilligen/vacature/"
                        + ID, "'" + template + "' is not an http or https address, such as "
                        + "https://www.example.be/volunteering/vacancy/" + ID));
    }
}
