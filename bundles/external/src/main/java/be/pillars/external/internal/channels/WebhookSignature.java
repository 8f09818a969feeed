package be.pillars.external.internal.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code sha256=} and the lower-case hex HMAC-SHA256, keyed with the shared
 * secret (its UTF-8 bytes), of the timestamp header's value, a dot, and the body's bytes exactly as sent. Signing
 * the timestamp lets a receiver refuse an old delivery replayed by someone who recorded it.
 */
final class WebhookSignature {

    static final String SIGNATURE_HEADER = "X-Pillars-Signature";
    static final String TIMESTAMP_HEADER = "X-Pillars-Timestamp";
    static final String EVENT_HEADER = "X-Pillars-Event";

    private WebhookSignature() {
    }

    static String sign(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
