package be.pillars.external.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    /** The expected value is what {@code printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac ...} prints. */
    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        assertEquals("sha256=8033f59bd824ec605aa4cbe962ace1581f156719be0df4e5fd27fc12ab43072a",
                WebhookSignature.sign("it-is-a-shared-secret", 1_700_000_000L, BODY));
    }

    @Test
    void anotherTimestampOrSecretSignsDifferently() {
        String signature = WebhookSignature.sign("it-is-a-shared-secret", 1_700_000_000L, BODY);
        assertNotEquals(signature, WebhookSignature.sign("it-is-a-shared-secret", 1_700_000_001L, BODY));
        assertNotEquals(signature, WebhookSignature.sign("it-is-another-secret!", 1_700_000_000L, BODY));
    }
}
