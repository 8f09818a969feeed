package be.pillars.internal.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.internal.internal.Policy.CompensationSystem;

class ClaimDocumentsTest {

    private static final UUID AN = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID ERASED = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static NamedList list() {
        return new NamedList(2024, List.of(
                new NamedList.Entry(AN, "Peeters; An", LocalDate.of(2024, 3, 1), ClaimKind.LUMP_SUM_DAY,
                        new BigDecimal("41.48")),
                new NamedList.Entry(ERASED, null, LocalDate.of(2024, 3, 2), ClaimKind.KILOMETRES,
                        new BigDecimal("1234.50"))), new BigDecimal("1275.98"));
    }

    @Test
    void theNamedListIsACsvForExcelInTheReadersLanguage() {
        assertEquals("\uFEFFvrijwilliger;naam;dag;soort;bedrag\r\n"
                + AN + ";\"Peeters; An\";2024-03-01;forfaitaire dag;41,48\r\n"
                + ERASED + ";;2024-03-02;kilometers;1234,50\r\n",
                ClaimDocuments.namedListCsv(list(), Locale.forLanguageTag("nl-BE")));
        assertEquals("\uFEFFvolunteer;name;day;kind;amount\r\n"
                + AN + ";\"Peeters; An\";2024-03-01;lump-sum day;41.48\r\n"
                + ERASED + ";;2024-03-02;kilometres;1234.50\r\n", ClaimDocuments.namedListCsv(list(), Locale.ENGLISH));
    }

    @Test
    void aNameLikeAFormulaIsTextInTheNamedList() {
        String csv = ClaimDocuments.namedListCsv(new NamedList(2024, List.of(new NamedList.Entry(AN,
                "@SUM(1+1)*cmd|' /C calc'!A0", LocalDate.of(2024, 3, 1), ClaimKind.LUMP_SUM_DAY,
                new BigDecimal("41.48"))), new BigDecimal("41.48")), Locale.ENGLISH);
        assertTrue(csv.contains(AN + ";'@SUM(1+1)*cmd|' /C calc'!A0;2024-03-01;"), csv);
    }

    @Test
    void theNamedListPrintsInDutchAndEnglish() {
        String dutch = ClaimDocuments.namedListHtml(list(), Locale.forLanguageTag("nl"), TODAY);
        assertTrue(dutch.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
        assertTrue(dutch.contains("@media print"));
        assertTrue(dutch.contains("Nominatieve lijst vrijwilligersvergoedingen 2024"));
        assertTrue(dutch.contains("Te bewaren tot en met 2031"));
        assertTrue(dutch.contains("<td class=\"amount\">1.234,50</td>"), dutch);
        assertTrue(dutch.contains("anoniem " + ERASED));
        String english = ClaimDocuments.namedListHtml(list(), Locale.ENGLISH, TODAY);
        assertTrue(english.contains("Named list of volunteer allowances 2024"));
        assertTrue(english.contains("<td class=\"amount\">1,234.50</td>"), english);
        assertTrue(english.contains("anonymous " + ERASED));
    }

    @Test
    void theStatementEscapesWhatPeopleTyped() {
        ClaimData cost = new ClaimData(AN, null, ClaimKind.REAL_COST, LocalDate.of(2024, 5, 1), null,
                new BigDecimal("12.50"), "<script>alert(1)</script>", "bon & co", null, null, null);
        Claim paid = new Claim(UUID.randomUUID(), cost, null, ClaimStatus.APPROVED, "lies", Instant.EPOCH, "lies",
                Instant.EPOCH, null, false);
        String html = ClaimDocuments.statementHtml(new Statement(AN, "An Peeters", 2024, CompensationSystem.REAL_COSTS,
                List.of(paid), Map.of(ClaimKind.REAL_COST, new BigDecimal("12.50")), new BigDecimal("12.50"),
                List.of(), List.of()), Locale.ENGLISH, TODAY);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; (bon &amp; co)"), html);
        assertTrue(html.contains("Statement of expense allowances 2024"));
        assertTrue(html.contains("reimbursement of real costs"));
        assertTrue(html.contains("Made on 2026-11-23."));
    }
}
