package be.pillars.itests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The real distribution unpacked into {@code target/<folder>/<name>} and started as an admin starts it
 * ({@code bin/karaf server}), on free ports, with its console output in {@code console.log}: for the tests that
 * need a process of their own (a kill, a first start).
 */
final class UnpackedDistribution implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Path home;
    final int httpPort;
    final int sshPort;
    private Process karaf;

    private UnpackedDistribution(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** A fresh unpack of the distribution under test, its ports made free. */
    static UnpackedDistribution unpack(String folder, String name) throws Exception {
        Path target = Path.of("target", folder, name).toAbsolutePath();
        run(new ProcessBuilder("rm", "-rf", target.toString()));
        Files.createDirectories(target);
        run(new ProcessBuilder("tar", "xzf", System.getProperty("pillars.distribution"), "-C", target.toString(),
                "--strip-components", "1"));
        UnpackedDistribution distribution = new UnpackedDistribution(target, freePort(), freePort());
        Path etc = target.resolve("etc");
        replace(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port=8181",
                "org.osgi.service.http.port=" + distribution.httpPort);
        replace(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + distribution.sshPort);
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099",
                "rmiRegistryPort = " + freePort());
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort = 44444",
                "rmiServerPort = " + freePort());
        return distribution;
    }

    /** Adds a line such as {@code lies = geheim,coordinator} to {@code etc/users.properties}. */
    void addUser(String line) throws IOException {
        Files.writeString(home.resolve("etc/users.properties"), "\n" + line + "\n", StandardOpenOption.APPEND);
    }

    /** Starts Karaf with this process's environment, less Pillars' own variables, plus {@code environment}. */
    void start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("PILLARS_"));
        builder.environment().putAll(environment);
        karaf = builder.start();
    }

    /** SIGKILL to the JVM (and the script around it): no shutdown hook, no flush, no goodbye. */
    void killHard() throws InterruptedException {
        if (karaf == null) {
            return;
        }
        karaf.descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        karaf.waitFor();
        karaf = null;
        Thread.sleep(200);
    }

    @Override
    public void close() throws InterruptedException {
        killHard();
    }

    /** GET with HTTP Basic credentials, or without when {@code user} is null. */
    HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(10));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits (at most 120 s) until a GET of {@code path} answers as {@code wanted} says. */
    void await(String path, String user, String password, Predicate<HttpResponse<String>> wanted) throws Exception {
        Await.until("GET " + path + " answering as wanted", Duration.ofSeconds(120), Duration.ofMillis(200),
                () -> wanted.test(get(path, user, password)));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(ProcessBuilder command) throws Exception {
        Process process = command.inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command.command());
        }
    }
}
