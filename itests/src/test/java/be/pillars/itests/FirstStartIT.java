package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * No password ships: a fresh unpack, started as an admin starts it, accepts no guessable password over HTTP or
 * ssh and says once how to log in; with {@code PILLARS_ADMIN_PASSWORD} that password is the admin's and
 * {@code karaf}/{@code karaf} is not. Each test boots a distribution of its own, in a process of its own.
 */
public class FirstStartIT {

    private static final List<String> GUESSES = List.of("karaf", "admin", "password", "pillars", "");

    @Test
    public void withoutAGivenPasswordTheAdminGetsARandomOneShownOnce() throws Exception {
        try (UnpackedDistribution karaf = UnpackedDistribution.unpack("first-start", "random")) {
            karaf.start(Map.of());
            karaf.await("/api/health", null, null, health -> health.statusCode() == 200);

            for (String guess : GUESSES) {
                assertNotEquals("karaf/" + guess, 200, karaf.get("/api/volunteers", "karaf", guess).statusCode());
                assertFalse("ssh karaf/" + guess, ssh(karaf, "karaf", guess).contains("internal"));
            }

            Path passwordFile = karaf.home.resolve("etc/pillars-admin-password");
            // the admin is made beside the boot, not in its way
            Await.until(passwordFile + " written", Duration.ofSeconds(30), Duration.ofMillis(100),
                    () -> Files.exists(passwordFile));
            String[] login = Files.readString(passwordFile).strip().split(" ");
            assertEquals("karaf", login[0]);
            String password = login[1];
            assertTrue(password.length() >= 20);
            String console = Files.readString(karaf.home.resolve("console.log"));
            assertTrue(console, console.contains("login: karaf") && console.contains(password));
            // the login waits out the guesses above (a second or two), then the password works
            karaf.await("/api/volunteers", "karaf", password, volunteers -> volunteers.statusCode() == 200);
            assertTrue(ssh(karaf, "karaf", password).contains("internal"));
            // the ssh guesses went through Pillars' throttle in Karaf's realm, logged without the password
            String log = Files.readString(karaf.home.resolve("data/log/karaf.log"));
            assertTrue(log.contains("Failed console login for 'karaf' from 127.0.0.1"));
            assertTrue(log.contains("Failed login for 'karaf' from 127.0.0.1"));
            assertFalse(log.contains(password));

            String users = Files.readString(karaf.home.resolve("etc/users.properties"));
            assertTrue(users, users.contains("karaf = {CRYPT}"));
            assertFalse(users.contains(password));
            assertEquals("rw-------", permissions(karaf.home.resolve("etc/users.properties")));
            assertEquals("rw-------", permissions(passwordFile));
            assertEquals("rwx------", permissions(karaf.home.resolve("data")));
            assertEquals("rw-------", permissions(onlyFileIn(karaf.home.resolve("data/pillars"))));

            Optional<InetAddress> outside = nonLoopbackAddress();
            if (outside.isPresent()) {
                assertFalse("ssh answers on " + outside.get(), listens(outside.get(), karaf.sshPort));
                assertTrue("HTTP answers on " + outside.get(), listens(outside.get(), karaf.httpPort));
            }
        }
    }

    @Test
    public void theGivenPasswordIsTheAdminsAndTheOldDefaultIsNot() throws Exception {
        String given = "Een-lang-wachtwoord-voor-de-test";
        try (UnpackedDistribution karaf = UnpackedDistribution.unpack("first-start", "given")) {
            karaf.start(Map.of("PILLARS_ADMIN_PASSWORD", given, "PILLARS_ADMIN_USER", "beheerder"));
            karaf.await("/api/volunteers", "beheerder", given, volunteers -> volunteers.statusCode() == 200);

            assertEquals(401, karaf.get("/api/volunteers", "karaf", "karaf").statusCode());
            assertEquals(401, karaf.get("/api/volunteers", "beheerder", "karaf").statusCode());
            assertTrue(ssh(karaf, "beheerder", given).contains("internal"));
            assertFalse(Files.exists(karaf.home.resolve("etc/pillars-admin-password")));
            assertFalse(Files.readString(karaf.home.resolve("console.log")).contains(given));
            // anonymous callers learn that Pillars is up, not what it runs on
            String health = karaf.get("/api/health", null, null).body();
            assertTrue(health, health.contains("\"UP\"") && !health.contains("H2"));
        }
    }

    /** What {@code pillars:list} prints through Karaf's own ssh client, or its refusal. */
    private static String ssh(UnpackedDistribution karaf, String user, String password) throws Exception {
        Path output = Files.createTempFile("ssh", ".txt");
        try {
            Process client = new ProcessBuilder(karaf.home.resolve("bin/client").toString(), "-a",
                    Integer.toString(karaf.sshPort), "-h", "127.0.0.1", "-u", user, "-p", password, "-r", "3", "-d",
                    "2", "-b")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            client.getOutputStream().write("pillars:list\n".getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().close();
            if (!client.waitFor(60, TimeUnit.SECONDS)) {
                client.destroyForcibly();
            }
            return Files.readString(output);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Path onlyFileIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()
                        && address.getAddress().length == 4)
                .findFirst();
    }

    private static boolean listens(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
