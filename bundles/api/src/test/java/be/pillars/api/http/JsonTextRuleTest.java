package be.pillars.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A JSON body is held to the one text rule: a lone surrogate or a control character is a 400 naming the field. */
class JsonTextRuleTest {

    record Candidate(String firstName, List<String> languages) {
    }

    private static Candidate body(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpServletRequest servletRequest = mock(HttpServletRequest.class);
        when(servletRequest.getContentType()).thenReturn("application/json");
        // the body as JsonServlet hands it over once read in full
        when(servletRequest.getAttribute(JsonServlet.BODY_ATTRIBUTE)).thenReturn(bytes);
        return new ApiRequest(servletRequest, Map.of()).body(Candidate.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lone low surrogate      | {\"firstName\":\"Ca\\udc00nd\"}              | firstName    | Text with a lone surrogate (U+DC00), not a valid character, at position 3",
        "lone high surrogate     | {\"firstName\":\"Cand\\ud83d\"}              | firstName    | Text with a lone surrogate (U+D83D), not a valid character, at position 5",
        "reversed pair           | {\"firstName\":\"\\ude00\\ud83d\"}           | firstName    | Text with a lone surrogate (U+DE00), not a valid character, at position 1",
        "surrogate in a list     | {\"languages\":[\"nl\",\"f\\udc00\"]}        | languages[1] | Text with a lone surrogate (U+DC00), not a valid character, at position 2",
        "escape code             | {\"firstName\":\"An\\u001b[31m\"}            | firstName    | Text with a control character (U+001B) at position 3",
        "C1 control              | {\"firstName\":\"An\\u0085\"}                | firstName    | Text with a control character (U+0085) at position 3",
        "DEL                     | {\"firstName\":\"\\u007fAn\"}                | firstName    | Text with a control character (U+007F) at position 1",
    })
    void refusedTextIsA400NamingTheFieldAndTheCharacter(String kind, String json, String field, String message) {
        ApiException refused = assertThrows(ApiException.class, () -> body(json.strip()));
        assertEquals(400, refused.status());
        assertEquals("invalid_value", refused.code());
        assertEquals(field.strip(), refused.field());
        assertEquals(message.strip(), refused.text().en());
    }

    @Test
    void aSurrogatePairIsOneCharacterAndWelcome() throws IOException {
        assertEquals("Cand\uD83D\uDE00", body("{\"firstName\":\"Cand\\ud83d\\ude00\"}").firstName());
        assertEquals("Zoë 😀", body("{\"firstName\":\"Zoë 😀\"}").firstName());
    }
}
