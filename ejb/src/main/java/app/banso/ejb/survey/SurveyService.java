package app.banso.ejb.survey;

import app.banso.domain.shared.NotFoundException;
import app.banso.domain.survey.SurveyQuestion;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.survey.RecipientRow;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** ADMIN's boundary for COOP-3 surveys of the current programme. */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed(Roles.ADMIN)
public class SurveyService {

    @Inject private SurveyDesk desk;
    @Inject private ProgrammeRepository programmes;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    /** The current programme's surveys with their response rates, newest first. */
    public List<SurveyDesk.Summary> surveys() {
        return desk.summaries(programmeId());
    }

    /** How many companies a survey went to (or, with {@code notSubmittedOnly}, have not submitted). */
    public long recipientCount(long surveyId, boolean notSubmittedOnly) {
        return desk.recipientCount(surveyId, notSubmittedOnly);
    }

    /** One page of those companies, by name. */
    public List<RecipientRow> recipientPage(long surveyId, boolean notSubmittedOnly, int first, int size) {
        return desk.recipientPage(surveyId, notSubmittedOnly, first, size);
    }

    /** Builds the survey and sends it to the companies in support or after it. @return its id */
    public long send(String titleJa, String titleEn, List<SurveyQuestion> questions) {
        long id = desk.createAndSend(programmeId(), titleJa, titleEn, questions, context.getCallerPrincipal().getName());
        audit.record("SURVEY_SENT", "survey:" + id, titleJa);
        return id;
    }

    public int remind(long surveyId) {
        int n = desk.remind(surveyId);
        audit.record("SURVEY_REMINDED", "survey:" + surveyId, String.valueOf(n));
        return n;
    }

    private long programmeId() {
        return programmes.findCurrent(LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("programme", "current")).getId();
    }
}
