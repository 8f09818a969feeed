package be.pillars.external.internal.candidates;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IP address literals as a servlet container or an admin writes them, read without ever asking DNS. */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private ClientAddress() {
    }

    /**
     * The address's bytes (4 for IPv4, also for an IPv4-mapped IPv6 address; 16 for IPv6), or null when the text is
     * no address literal. Takes Jetty's {@code [::1]} brackets and an IPv6 zone such as {@code %eth0}.
     */
    static byte[] bytes(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        Matcher ipv4 = IPV4.matcher(literal);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                bytes[i] = (byte) octet;
            }
            return bytes;
        }
        if (!literal.contains(":")) {
            return null;
        }
        try {
            // in brackets Java reads the text as an IPv6 literal or refuses it: it never looks a name up
            return InetAddress.getByName("[" + literal + "]").getAddress();
        } catch (UnknownHostException notALiteral) {
            return null;
        }
    }

    /** The address as Java writes it, such as {@code 10.1.2.0} or {@code 2001:db8:0:0:0:0:0:0}. */
    static String text(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException wrongLength) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + bytes.length, wrongLength);
        }
    }
}
