package be.pillars.api.storage;

/**
 * No connection to the database could be had: every pooled connection stayed busy longer than the pool waits, or
 * the database does not answer. Nothing was read or written; the same request may succeed a moment later, so the
 * HTTP API answers 503 with {@code Retry-After} instead of an internal error.
 */
public class StorageUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
