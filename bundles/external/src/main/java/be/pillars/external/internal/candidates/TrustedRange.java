package be.pillars.external.internal.candidates;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.InvalidConfigurationException;

/**
 * A range of client addresses that registers many people, such as the PCs of a registration desk or the network of a
 * volunteer fair, with its own limit: each address in it gets a bucket of {@code burst} registrations at once,
 * earning back {@code perHour} per hour. Written {@code range=burst/perHour}, such as {@code 192.168.10.0/24=60/600}
 * or {@code 2001:db8:10::/64=60/600}.
 */
final class TrustedRange {

    static final String KEY = "trustedRanges";
    private static final Pattern ENTRY = Pattern.compile("([^/=\\s]+)/(\\d{1,3})=(\\d{1,9})/(\\d{1,9})");

    private final String cidr;
    private final byte[] network;
    private final int prefixLength;
    private final int burst;
    private final int perHour;

    private TrustedRange(String cidr, byte[] network, int prefixLength, int burst, int perHour) {
        this.cidr = cidr;
        this.network = network;
        this.prefixLength = prefixLength;
        this.burst = burst;
        this.perHour = perHour;
    }

    /** @throws InvalidConfigurationException naming {@value #KEY} and the entry, saying what is wrong with it */
    static TrustedRange parse(String entry) {
        String written = entry.strip();
        Matcher parts = ENTRY.matcher(written.replace(" ", ""));
        if (!parts.matches()) {
            throw refused(written, "is geen bereik=na-elkaar/per-uur zoals 192.168.10.0/24=60/600",
                    "is not range=burst/perHour such as 192.168.10.0/24=60/600");
        }
        byte[] network = ClientAddress.bytes(parts.group(1));
        if (network == null) {
            throw refused(written, "'" + parts.group(1) + "' is geen IPv4- of IPv6-adres",
                    "'" + parts.group(1) + "' is not an IPv4 or IPv6 address");
        }
        int bits = network.length * 8;
        int prefixLength = Integer.parseInt(parts.group(2));
        if (prefixLength > bits) {
            throw refused(written, "het voorvoegsel gaat van 0 tot " + bits, "the prefix goes from 0 to " + bits);
        }
        byte[] masked = masked(network, prefixLength);
        String cidr = ClientAddress.text(masked) + "/" + prefixLength;
        if (!Arrays.equals(masked, network)) {
            throw refused(written, "er staan bits na het voorvoegsel; bedoel je " + cidr + "?",
                    "bits are set after the prefix; did you mean " + cidr + "?");
        }
        int burst = Integer.parseInt(parts.group(3));
        int perHour = Integer.parseInt(parts.group(4));
        if (burst < 1 || perHour < 1) {
            throw refused(written, "beide aantallen zijn minstens 1", "both numbers are at least 1");
        }
        return new TrustedRange(cidr, masked, prefixLength, burst, perHour);
    }

    private static InvalidConfigurationException refused(String entry, String nl, String en) {
        return new InvalidConfigurationException(KEY, LocalizedText.of("'" + entry + "': " + nl,
                "'" + entry + "': " + en));
    }

    private static byte[] masked(byte[] address, int prefixLength) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int kept = Math.max(0, Math.min(8, prefixLength - i * 8));
            masked[i] &= (byte) (0xFF << (8 - kept));
        }
        return masked;
    }

    /** Whether the address (as {@link ClientAddress#bytes}) lies in the range; IPv4 and IPv6 never mix. */
    boolean contains(byte[] address) {
        return address.length == network.length && Arrays.equals(masked(address, prefixLength), network);
    }

    /** The range as {@code network/prefix}, the same however it was written. */
    String cidr() {
        return cidr;
    }

    int prefixLength() {
        return prefixLength;
    }

    int burst() {
        return burst;
    }

    int perHour() {
        return perHour;
    }

    @Override
    public String toString() {
        return cidr + "=" + burst + "/" + perHour;
    }
}
