package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The holes of the attacker's trial (issue 12), each tried against the running distribution over real HTTP:
 * cross-site form posts, password guessing, slow request bodies and what every answer tells a browser.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityIT extends PillarsTestSupport {


    @Inject
    private ConfigurationAdmin configurations;

    @Test
    public void aFormOfAnotherSiteChangesNothing() {
        String volunteer = send("POST", "/api/volunteers", "{\"firstName\":\"Form\",\"lastName\":\"Target\","
                + "\"email\":\"form.target@example.be\",\"postalCode\":\"3500\",\"preference\":\"BOTH\"}", "lies",
                "geheim").json().get("id").asText();

        // what a plain HTML form sends: its media types, and the browser's Origin of the other site
        assertEquals(415, sendBody("POST", "/api/volunteers/" + volunteer + "/erase",
                "application/x-www-form-urlencoded", "", "karaf", "karaf").status());
        assertEquals(415, sendBody("POST", "/api/volunteers/import", "text/plain",
                "firstName;lastName\nA;B\n", "lies", "geheim").status());
        Answer foreign = send("POST", "/api/volunteers/" + volunteer + "/erase", null, "karaf", "karaf",
                "Origin", "http://evil.example");
        assertEquals(403, foreign.status());
        assertEquals("Origin", foreign.json().get("error").get("field").asText());
        assertEquals(403, send("POST", "/api/volunteers/" + volunteer + "/erase", null, "karaf", "karaf",
                "Sec-Fetch-Site", "cross-site").status());
        assertEquals("Form", get("/api/volunteers/" + volunteer, "lies", "geheim").json().get("firstName").asText());

        // Pillars' own pages, and scripts that send no Origin, still work
        assertEquals(200, send("POST", "/api/volunteers/" + volunteer + "/erase", null, "karaf", "karaf",
                "Origin", "http://127.0.0.1:" + port()).status());
    }

    @Test
    public void guessingPasswordsIsSlowedDownAndAnsweredWithRetryAfter() {
        String login = "guessed-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, get("/api/volunteers", login, "guess" + i).status());
        }
        List<Integer> statuses = new ArrayList<>();
        Answer last = null;
        for (int i = 0; i < 20; i++) {
            last = get("/api/volunteers", login, "guess-again" + i);
            statuses.add(last.status());
        }
        assertTrue(statuses.toString(), statuses.contains(429));
        Answer throttled = get("/api/volunteers", login, "one-more");
        if (throttled.status() == 429) {
            last = throttled;
        }
        assertEquals(429, last.status());
        assertNotNull(last.header("Retry-After"));
        assertEquals("too_many_requests", last.json().get("error").get("code").asText());
        // another login from the same address is not held up by a handful of failures
        assertEquals(200, get("/api/volunteers", "lies", "geheim").status());
    }

    @Test
    public void slowBodiesHoldNoThreadAndAreCutOff() throws Exception {
        Configuration core = configurations.getConfiguration("be.pillars.core", null);
        Dictionary<String, Object> original = core.getProperties();
        Dictionary<String, Object> quick = copy(original);
        quick.put("requestBodySeconds", 3);
        core.update(quick);
        List<Socket> attackers = new ArrayList<>();
        try {
            awaitMillis("the shorter body time in force", 10_000, () -> slowRequestEndsWithin(6_000) == 408);
            // more slow bodies than Jetty has threads (64): the API must go on answering
            for (int i = 0; i < 80; i++) {
                attackers.add(startSlowBody());
            }
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                assertEquals(200, get("/api/health").status());
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertTrue("GET /api/health took " + millis + " ms under the attack", millis < 2_000);
            }
            for (Socket attacker : attackers) {
                assertEquals(408, statusOf(attacker, 10_000));
            }
        } finally {
            for (Socket attacker : attackers) {
                attacker.close();
            }
            core.update(original);
        }
    }

    @Test
    public void everyAnswerForbidsCachingSniffingAndFraming() {
        Answer answer = get("/api/volunteers", "lies", "geheim");
        assertEquals("no-store", answer.header("Cache-Control"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertTrue(answer.header("Content-Security-Policy"), answer.header("Content-Security-Policy")
                .contains("default-src 'none'"));
        Answer refused = get("/api/volunteers", "lies", "wrong-" + System.nanoTime());
        assertEquals(401, refused.status());
        assertEquals("no-store", refused.header("Cache-Control"));
    }

    @Test
    public void aWeakEtagDoesNotMatch() {
        String volunteer = send("POST", "/api/volunteers", "{\"firstName\":\"Weak\",\"lastName\":\"Tag\","
                + "\"email\":\"weak.tag@example.be\",\"postalCode\":\"3500\",\"preference\":\"BOTH\"}", "lies",
                "geheim").json().get("id").asText();
        Answer weak = send("PUT", "/api/volunteers/" + volunteer, "{\"firstName\":\"Weaker\",\"lastName\":\"Tag\","
                + "\"email\":\"weak.tag@example.be\",\"postalCode\":\"3500\",\"preference\":\"BOTH\"}", "lies",
                "geheim", "If-Match", "W/\"1\"");
        assertEquals(412, weak.status());
        assertEquals("If-Match", weak.json().get("error").get("field").asText());
    }

    /** Read inside the container, where Pax Exam set it (this class is also loaded in the Maven JVM). */
    private static int port() {
        return Integer.getInteger("pillars.http.port");
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> original) {
        Dictionary<String, Object> copy = new Hashtable<>();
        if (original != null) {
            for (var keys = original.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                copy.put(key, original.get(key));
            }
        }
        return copy;
    }

    /** A registration that promises 100 kB and sends its first byte only. */
    private static Socket startSlowBody() throws IOException {
        Socket socket = new Socket("127.0.0.1", port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/external/candidates HTTP/1.1\r\nHost: 127.0.0.1:" + port()
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static int slowRequestEndsWithin(int millis) {
        try (Socket socket = startSlowBody()) {
            return statusOf(socket, millis);
        } catch (IOException e) {
            return -1;
        }
    }

    private static int statusOf(Socket socket, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        InputStream in = socket.getInputStream();
        byte[] head = in.readNBytes(12);
        return head.length == 12 ? Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII)) : -1;
    }
}
