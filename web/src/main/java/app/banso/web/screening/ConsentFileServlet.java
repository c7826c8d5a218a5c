package app.banso.web.screening;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.screening.ScreeningService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves a consent form to screening staff only through the boundary (authorised and audited):
 * {@code ?id=N} shows it inline (for the viewer on the detail page), {@code &download=1} as an
 * attachment. Never served from the web root; nosniff and no caching.
 */
@WebServlet("/staff/consent")
public class ConsentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreeningService screening;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ApplicationService.ConsentFile file;
        try {
            file = screening.consentFile(id);
        } catch (BusinessException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // as if it did not exist
            return;
        }
        boolean download = request.getParameter("download") != null;
        String name = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"consent.pdf\"; filename*=UTF-8''" + name);
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
