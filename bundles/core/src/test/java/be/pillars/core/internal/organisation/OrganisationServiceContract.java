package be.pillars.core.internal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.pillars.api.DomainException;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationQuery;

/** What every database must do for the organisation store; run by one subclass per database. */
abstract class OrganisationServiceContract {

    private JdbcOrganisationService organisations;

    abstract DataSource database() throws Exception;

    private DataSource dataSource;

    @BeforeEach
    void freshDatabase() throws Exception {
        dataSource = database();
        organisations = new JdbcOrganisationService(dataSource,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    }

    static OrganisationData library(String name) {
        return new OrganisationData(OrganisationKind.MUNICIPAL_SERVICE, name, "Griet Maes", "Bib@Hasselt.be",
                "011 23 96 00", "Kapelstraat 2", "3500", "Hasselt", "https://www.hasselt.be/bib");
    }

    @Test
    void createFindUpdateDeactivate() {
        Organisation created = organisations.create(library("Stadsbibliotheek"));
        assertEquals("bib@hasselt.be", created.data().email());
        assertEquals(created, organisations.find(created.id()).orElseThrow());
        Organisation updated = organisations.update(created.id(), 1, new OrganisationData(OrganisationKind.EXTERNAL,
                "Vzw Buurtwerk", null, null, null, null, null, null, null));
        assertEquals(2, updated.version());
        assertEquals(updated, organisations.find(created.id()).orElseThrow());
        Organisation inactive = organisations.deactivate(created.id(), 2);
        assertFalse(inactive.active());
        assertEquals(inactive, organisations.find(created.id()).orElseThrow());
        assertEquals(DomainException.Kind.STALE, assertThrows(DomainException.class,
                () -> organisations.deactivate(created.id(), 2)).kind());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> organisations.update(UUID.randomUUID(), 1, library("Elders"))).kind());
    }

    @Test
    void namesAreUniqueWhateverTheirCase() {
        organisations.create(library("Stadsbibliotheek"));
        DomainException duplicate = assertThrows(DomainException.class,
                () -> organisations.create(library(" STADSBIBLIOTHEEK ")));
        assertEquals(DomainException.Kind.CONFLICT, duplicate.kind());
        assertEquals("name", duplicate.field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no name          | ''                        | 3500 | https://x.be | name       | required",
        "bad postal code  | Bib                       | 350  | https://x.be | postalCode | invalid_postal_code",
        "ftp website      | Bib                       | 3500 | ftp://x.be   | website    | invalid_url",
        "website no host  | Bib                       | 3500 | https://     | website    | invalid_url",
    })
    void invalidOrganisationsAreRefusedWithTheirField(String rule, String name, String postalCode, String website,
            String field, String code) {
        DomainException refused = assertThrows(DomainException.class, () -> organisations.create(
                new OrganisationData(OrganisationKind.EXTERNAL, name, null, null, null, null, postalCode, null, website)));
        assertEquals(field, refused.field(), rule);
        assertEquals(code, refused.code(), rule);
    }

    @Test
    void searchFiltersAndPages() {
        organisations.create(library("Stadsbibliotheek"));
        Organisation club = organisations.create(new OrganisationData(OrganisationKind.EXTERNAL, "Wandelclub 100%",
                null, null, null, null, "3510", null, null));
        assertEquals(2, organisations.search(new OrganisationQuery(null, null, null, null, 50, 0)).total());
        assertEquals(List.of(club), organisations.search(new OrganisationQuery("100%", null, null, null, 50, 0)).items());
        assertEquals(List.of(club), organisations.search(new OrganisationQuery(null, OrganisationKind.EXTERNAL, null,
                null, 50, 0)).items());
        assertEquals(List.of(club), organisations.search(new OrganisationQuery(null, null, "3510", true, 50, 0)).items());
        assertEquals(0, organisations.search(new OrganisationQuery(null, null, null, false, 50, 0)).total());
        assertEquals("Wandelclub 100%", organisations.search(new OrganisationQuery(null, null, null, null, 1, 1))
                .items().get(0).data().name());
    }

    @Test
    void nameSearchFoldsCaseAndAccentsOnBothSides() throws Exception {
        Organisation cafe = organisations.create(new OrganisationData(OrganisationKind.EXTERNAL, "Praatcafé De Brug",
                null, null, null, null, "3500", null, null));
        organisations.create(library("Stadsbibliotheek"));
        assertEquals(List.of(cafe), organisations.search(new OrganisationQuery("praatcafe", null, null, null, 50, 0))
                .items());
        assertEquals(List.of(cafe), organisations.search(new OrganisationQuery("PRAATCAFÈ  de", null, null, null, 50,
                0)).items());
        Organisation renamed = organisations.update(cafe.id(), 1, new OrganisationData(OrganisationKind.EXTERNAL,
                "Ontmoetingshuis Ærø", null, null, null, null, "3500", null, null));
        assertEquals(List.of(renamed), organisations.search(new OrganisationQuery("aero", null, null, null, 50, 0))
                .items());
        assertEquals(0, organisations.search(new OrganisationQuery("praatcafe", null, null, null, 50, 0)).total());
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE organisation SET name_fold = NULL");
        }
        JdbcOrganisationService started = new JdbcOrganisationService(dataSource,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        assertEquals(List.of(renamed), started.search(new OrganisationQuery("aero", null, null, null, 50, 0))
                .items());
    }
}
