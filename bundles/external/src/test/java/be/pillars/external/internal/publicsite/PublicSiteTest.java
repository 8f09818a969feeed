package be.pillars.external.internal.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.external.internal.channels.VacancyPages;

class PublicSiteTest {

    private static PublicSiteConfiguration pageUrl(String template) {
        return new PublicSiteConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PublicSiteConfiguration.class;
            }

            @Override
            public String vacancyPageUrl() {
                return template;
            }
        };
    }

    @Test
    void withoutAPageTheCalendarLinksNowhere() {
        PublicSite site = new PublicSite(pageUrl(""));
        assertEquals(VacancyPages.NONE, site.pages());
        assertEquals(Health.Status.UP, site.health().status());
    }

    @Test
    void aRefusedPageKeepsThePreviousOneAndTheHealthNamesTheKey() {
        PublicSite site = new PublicSite(pageUrl("https://www.hasselt.be/vacature/{id}"));
        UUID vacancy = UUID.randomUUID();
        site.modified(pageUrl("www.hasselt.be/vacature"));
        assertEquals("https://www.hasselt.be/vacature/" + vacancy, site.pages().of(vacancy).orElseThrow());
        Health health = site.health();
        assertEquals(Health.Status.DOWN, health.status());
        assertTrue(health.detail().en().contains("vacancyPageUrl"), health.detail().en());
        site.modified(pageUrl("https://www.genk.be/vacature/{id}"));
        assertEquals(Health.Status.UP, site.health().status());
        assertEquals("https://www.genk.be/vacature/" + vacancy, site.pages().of(vacancy).orElseThrow());
    }
}
