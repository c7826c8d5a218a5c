package app.banso.web.calendar;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.calendar.CalendarFile;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.ejb.calendar.MeetingCalendar;
import app.banso.ejb.intake.ApplicationService;
import app.banso.ejb.screening.ScreeningService;
import app.banso.ejb.support.CompanySupportService;
import app.banso.ejb.support.SupportService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Add to calendar" as plain links (a phone opens them in its calendar), each through its
 * boundary, which decides who may have it:
 * <ul>
 * <li>{@code /applicant/interview.ics}: the signed-in applicant's proposed online screening (SCREEN-2);</li>
 * <li>{@code /staff/interview.ics?id=N}: an application's, for screening staff (audited);</li>
 * <li>{@code /applicant/meeting.ics?id=N}: one of the company's upcoming meetings or visits (SUPPORT-2);</li>
 * <li>{@code /staff/meeting.ics?id=N}: the same for the case's coordinator or ADMIN (audited).</li>
 * </ul>
 * {@code lang} (ja, en) is the page's language. When the event is not there any more (decided,
 * withdrawn, done, cancelled, a stale link) the link leads back to the page that says where
 * things stand.
 */
@WebServlet({CalendarServlet.APPLICANT_INTERVIEW, CalendarServlet.STAFF_INTERVIEW, CalendarServlet.COMPANY_MEETING,
        CalendarServlet.STAFF_MEETING})
public class CalendarServlet extends HttpServlet {

    static final String APPLICANT_INTERVIEW = "/applicant/interview.ics";
    static final String STAFF_INTERVIEW = "/staff/interview.ics";
    static final String COMPANY_MEETING = "/applicant/meeting.ics";
    static final String STAFF_MEETING = "/staff/meeting.ics";

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private ScreeningService screening;

    @Inject
    private CompanySupportService companySupport;

    @Inject
    private SupportService support;

    /** How one calendar link asks its boundary for the file. */
    private interface Link {
        byte[] file(long id, String language);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = "en".equals(request.getParameter("lang")) ? "en" : "ja";
        String path = request.getServletPath();
        long id = -1;
        if (!APPLICANT_INTERVIEW.equals(path)) {
            try {
                id = Long.parseLong(request.getParameter("id"));
            } catch (NumberFormatException | NullPointerException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        Link link;
        String name;
        String back;
        switch (path) {
            case APPLICANT_INTERVIEW -> {
                link = (n, l) -> applications.interviewCalendar(l);
                name = "online-screening.ics";
                back = "/applicant/status.xhtml";
            }
            case STAFF_INTERVIEW -> {
                link = screening::interviewCalendar;
                name = InterviewCalendar.fileName(id);
                back = "/staff/application.xhtml?id=" + id;
            }
            case COMPANY_MEETING -> {
                link = companySupport::meetingCalendar;
                name = MeetingCalendar.fileName(id);
                back = "/applicant/support.xhtml";
            }
            default -> {
                link = support::meetingCalendar;
                name = MeetingCalendar.fileName(id);
                back = "/staff/cases.xhtml";
            }
        }
        byte[] file;
        try {
            file = link.file(id, language);
        } catch (BusinessException | EJBAccessException e) {
            response.sendRedirect(request.getContextPath() + back);
            return;
        }
        response.setContentType(CalendarFile.CONTENT_TYPE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
