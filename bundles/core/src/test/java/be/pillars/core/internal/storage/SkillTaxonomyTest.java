package be.pillars.core.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.testing.TestDatabases;

class SkillTaxonomyTest {

    @Test
    void pillarsLearnWhichCodesTheTaxonomyDoesNotKnowInTheirOrder() throws Exception {
        SkillTaxonomy taxonomy = new SkillTaxonomy(null, TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG));
        assertEquals(Set.of(), taxonomy.unknown(List.of("cooking", "first-aid")));
        assertEquals(List.of("juggling", "abseiling"), List.copyOf(taxonomy.unknown(List.of("juggling", "cooking",
                "abseiling"))));
        taxonomy.add(new SkillTaxonomy.Skill("juggling", LocalizedText.of("Jongleren", "Juggling")));
        assertEquals(Set.of("abseiling"), taxonomy.unknown(List.of("juggling", "abseiling")));
    }
}
