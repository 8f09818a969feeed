package be.pillars.targetgroups.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;

/** What every database must do for the catalogue of target groups; run by one subclass per database. */
abstract class CatalogueContract {

    private TargetGroupCatalogue catalogue;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        catalogue = new TargetGroupCatalogue(database());
    }

    @Test
    void startsWithPovertyAndLonelinessInDutchAndEnglish() {
        assertEquals(List.of(new TargetGroup("loneliness", LocalizedText.of("Eenzaamheid", "Loneliness")),
                new TargetGroup("poverty", LocalizedText.of("Armoede", "Poverty"))), catalogue.list());
    }

    @Test
    void adminsAddAndRenameGroupsWithValidCodesOnly() {
        TargetGroup refugees = new TargetGroup("refugees", LocalizedText.of("Vluchtelingen", "Refugees"));
        assertEquals(refugees, catalogue.add(refugees));
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class,
                () -> catalogue.add(refugees)).kind());
        assertEquals("code", assertThrows(DomainException.class, () -> catalogue.add(new TargetGroup("Nieuw!",
                LocalizedText.of("x", "x")))).field());
        assertEquals("name.en", assertThrows(DomainException.class, () -> catalogue.add(new TargetGroup("elderly",
                LocalizedText.of("Ouderen", " ")))).field());
        catalogue.rename("refugees", LocalizedText.of("Nieuwkomers", "Newcomers"));
        assertEquals(3, catalogue.list().size());
        assertEquals("Newcomers", catalogue.list().get(2).name().en());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> catalogue.rename("elderly", LocalizedText.of("Ouderen", "Elderly"))).kind());
    }
}
