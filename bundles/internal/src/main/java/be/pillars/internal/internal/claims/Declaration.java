package be.pillars.internal.internal.claims;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A stored declaration, with who recorded it and when. */
public record Declaration(UUID id, int year, @JsonUnwrapped DeclarationData data, String declaredBy,
        Instant declaredAt) {
}
