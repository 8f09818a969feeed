package be.pillars.api.audit;

import java.util.UUID;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Records who read or changed personal data, and when. Core provides it; every bundle that shows or changes
 * data about a person records each such access, so an admin sees them all in one place ({@code /api/audit}).
 * Entries name the person by id only and are durable when {@link #record} returns: call it before answering.
 */
@ProviderType
public interface AuditTrail {

    /** The subject type of a volunteer: accesses to anything about one person are recorded under it. */
    String VOLUNTEER = "volunteer";

    /** What was done. */
    enum Action { READ, SEARCH, CREATE, UPDATE, DEACTIVATE, EXPORT, ERASE, IMPORT }

    /**
     * @param actor       the login that acted ({@code request.caller().name()}), or the console user
     * @param subjectType what kind of record, such as {@code volunteer}
     * @param subjectId   the person or record concerned, or null for a search, a list or an import
     * @param detail      what else an auditor needs, such as which document or which search criteria; never
     *                    personal data itself; at most 200 characters are kept
     * @throws IllegalStateException when the entry could not be stored: the access it records must then fail too
     */
    void record(String actor, Action action, String subjectType, UUID subjectId, String detail);
}
