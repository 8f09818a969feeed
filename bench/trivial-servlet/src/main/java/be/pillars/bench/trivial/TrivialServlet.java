package be.pillars.bench.trivial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The smallest useful HTTP Whiteboard servlet, in the default whiteboard context: {@code GET /trivial} answers
 * {@code []} as JSON. The benchmarks use it as the baseline for boot time, throughput and memory.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/trivial")
@HttpWhiteboardServletName("trivial")
public class TrivialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final byte[] BODY = "[]".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
