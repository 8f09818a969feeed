package be.pillars.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;

import be.pillars.api.LocalizedText;

/**
 * Reads a request body without holding a thread while its bytes are under way, within a time limit: a client
 * that promises a body and sends it a byte at a time waits in the selector, not in one of Jetty's threads, and
 * is cut off with 408 when the time is up. Only then does the route run, with the whole body in hand.
 */
final class BodyReader implements ReadListener, AsyncListener {

    /** What runs once the body is in: the route, answering on the request's response. */
    @FunctionalInterface
    interface Continuation {
        void run(byte[] body) throws IOException;
    }

    /** One of the outcomes: the route's answer or a refusal. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /** The answer to a body that could not be read whole; writes the error and ends the exchange. */
    @FunctionalInterface
    interface Refusal {
        void refuse(ApiException error) throws IOException;
    }

    private final AsyncContext async;
    private final ServletInputStream input;
    private final int limit;
    private final Continuation continuation;
    private final Refusal refusal;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean settled = new AtomicBoolean();
    private final long timeoutSeconds;

    private BodyReader(AsyncContext async, ServletInputStream input, int limit, long timeoutSeconds,
            Continuation continuation, Refusal refusal) {
        this.async = async;
        this.input = input;
        this.limit = limit;
        this.timeoutSeconds = timeoutSeconds;
        this.continuation = continuation;
        this.refusal = refusal;
    }

    /** Starts reading the body of {@code request} asynchronously; the continuation or the refusal follows. */
    static void start(HttpServletRequest request, int limit, long timeoutSeconds, Continuation continuation,
            Refusal refusal) throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        BodyReader reader = new BodyReader(async, request.getInputStream(), limit, timeoutSeconds, continuation,
                refusal);
        async.addListener(reader);
        reader.input.setReadListener(reader);
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (input.isReady() && !input.isFinished()) {
            int read = input.read(chunk);
            if (read < 0) {
                return;
            }
            body.write(chunk, 0, read);
            if (body.size() > limit) {
                settle(() -> refusal.refuse(ApiRequest.tooLarge(limit)));
                return;
            }
        }
    }

    @Override
    public void onAllDataRead() throws IOException {
        settle(() -> continuation.run(body.toByteArray()));
    }

    @Override
    public void onError(Throwable failure) {
        // the client went away or broke the body off: nobody is left to read an answer, but end the exchange
        settleQuietly(() -> refusal.refuse(ApiException.badRequest("unreadable_body", null, LocalizedText.of(
                "De inhoud kon niet gelezen worden", "The body could not be read"))));
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        settleQuietly(() -> refusal.refuse(new ApiException(408, "body_timeout", LocalizedText.of(
                "De inhoud kwam niet binnen " + timeoutSeconds + " s toe",
                "The body did not arrive within " + timeoutSeconds + " s"), null)
                .withHeader("Connection", "close")));
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // nothing to release: the buffer goes with this reader
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }

    /** Runs the first outcome only (a body that arrives as the time runs out is answered once), then ends. */
    private void settle(Step step) throws IOException {
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        try {
            step.run();
        } finally {
            async.complete();
        }
    }

    private void settleQuietly(Step step) {
        try {
            settle(step);
        } catch (IOException | RuntimeException e) {
            // the answer could not be written: the client is gone
        }
    }
}
