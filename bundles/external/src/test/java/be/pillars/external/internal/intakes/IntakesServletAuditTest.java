package be.pillars.external.internal.intakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.Caller;
import be.pillars.api.http.PillarsHttp;

/**
 * Planning an intake is on the audit trail as the route declares it: one entry about the intake the route answered,
 * once it answered, and none for a call that was refused.
 */
class IntakesServletAuditTest {

    private static final UUID INTAKE_ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID VOLUNTEER_ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c");
    private static final Instant PLANNED_AT = Instant.parse("2030-03-04T09:00:00Z");
    private static final String PLAN = "{\"volunteerId\":\"" + VOLUNTEER_ID + "\",\"plannedAt\":\"" + PLANNED_AT
            + "\"}";

    private final IntakeStore intakes = mock(IntakeStore.class);
    private final List<String> recorded = new ArrayList<>();
    private final IntakesServlet servlet = new IntakesServlet(intakes, (actor, action, subjectType, subject,
            detail) -> recorded.add(actor + " " + action + " " + subjectType + " " + subject + " " + detail));

    @Test
    void planningAnIntakeRecordsOneEntryAboutTheIntakeItAnswers() throws Exception {
        when(intakes.plan(eq(new Intake.Plan(VOLUNTEER_ID, PLANNED_AT)), eq("coach"))).thenReturn(new Intake(
                INTAKE_ID, 1, VOLUNTEER_ID, "coach", PLANNED_AT, null, null, List.of(), PLANNED_AT, PLANNED_AT));

        assertEquals(201, post("coach:coordinator"));

        assertEquals(List.of("coach CREATE intake " + INTAKE_ID + " external intake"), recorded);
    }

    @Test
    void aRefusedCallRecordsNothing() throws Exception {
        when(intakes.plan(any(), any())).thenThrow(DomainException.invalid("in_the_past", "plannedAt",
                LocalizedText.of("Dat moment is voorbij", "That moment has passed")));

        assertEquals(403, post("acme:organisation"));
        assertEquals(400, post("coach:coordinator"));

        assertEquals(List.of(), recorded);
        verify(intakes, times(1)).plan(any(), any());
    }

    /** Sends {@code POST /} with the plan as the caller {@code name:role}; answers the status written. */
    private int post(String caller) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("POST");
        when(request.getPathInfo()).thenReturn("/");
        String[] login = caller.split(":");
        when(request.getAttribute(PillarsHttp.CALLER_ATTRIBUTE)).thenReturn(new Caller(login[0], Set.of(login[1])));
        when(request.getContentType()).thenReturn("application/json");
        when(request.getInputStream()).thenReturn(body(PLAN));
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getOutputStream()).thenReturn(mock(ServletOutputStream.class));

        servlet.service(request, response);

        ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);
        verify(response).setStatus(status.capture());
        return status.getValue();
    }

    private static ServletInputStream body(String json) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            /** All of the body is there at once: the listener hears so at once. */
            @Override
            public void setReadListener(ReadListener listener) {
                try {
                    listener.onDataAvailable();
                    listener.onAllDataRead();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }

            @Override
            public int read() {
                return bytes.read();
            }
        };
    }
}
