package app.banso.web.screening;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.calendar.CalendarFile;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.screening.ScreeningService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * SCREEN-2: "add to calendar" for the proposed online screening, as a plain link (a phone opens
 * it in its calendar): {@code /applicant/interview.ics} gives the signed-in applicant's own,
 * {@code /staff/interview.ics?id=N} an application's to screening staff; {@code lang} (ja, en)
 * is the page's language. Both go through the boundary (the caller's own application, or the
 * staff roles, audited). When no screening waits any more (decided, withdrawn, a stale link)
 * the link leads back to the page that says where the application stands.
 */
@WebServlet({InterviewCalendarServlet.APPLICANT_PATH, InterviewCalendarServlet.STAFF_PATH})
public class InterviewCalendarServlet extends HttpServlet {

    static final String APPLICANT_PATH = "/applicant/interview.ics";
    static final String STAFF_PATH = "/staff/interview.ics";

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private ScreeningService screening;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("lang")) ? "en" : "ja";
        boolean staff = STAFF_PATH.equals(request.getServletPath());
        long id = -1;
        if (staff) {
            try {
                id = Long.parseLong(request.getParameter("id"));
            } catch (NumberFormatException | NullPointerException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        byte[] file;
        try {
            file = staff ? screening.interviewCalendar(id, language) : applications.interviewCalendar(language);
        } catch (BusinessException | EJBAccessException e) {
            response.sendRedirect(request.getContextPath()
                    + (staff ? "/staff/application.xhtml?id=" + id : "/applicant/status.xhtml"));
            return;
        }
        response.setContentType(CalendarFile.CONTENT_TYPE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        String name = staff ? InterviewCalendar.fileName(id) : "online-screening.ics";
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
