package app.banso.web.screening;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.intake.RuleOutcome;
import app.banso.domain.screening.ScreeningDeadlines;
import app.banso.persistence.screening.InboxFilter;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDate;

/** A screener's inbox filters, kept for the session so that coming back to the inbox keeps them. */
@SessionScoped
public class InboxPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    private ApplicationStatus status;
    private Prefecture prefecture;
    private Industry industry;
    private LegalForm legalForm;
    private String text;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;
    private boolean mine;
    /** ADMIN only: the screener whose assigned applications are shown (null = anyone). */
    private String screener;
    private RuleOutcome ruleFlag;
    /** SCREEN-2: only the applications waiting for their notice that stand so against its deadlines (null = any). */
    private ScreeningDeadlines.State deadline;

    // Accessors, not fields: a session-scoped bean is reached through its CDI proxy.
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus v) { status = v; }
    public Prefecture getPrefecture() { return prefecture; }
    public void setPrefecture(Prefecture v) { prefecture = v; }
    public Industry getIndustry() { return industry; }
    public void setIndustry(Industry v) { industry = v; }
    public LegalForm getLegalForm() { return legalForm; }
    public void setLegalForm(LegalForm v) { legalForm = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public LocalDate getSubmittedFrom() { return submittedFrom; }
    public void setSubmittedFrom(LocalDate v) { submittedFrom = v; }
    public LocalDate getSubmittedTo() { return submittedTo; }
    public void setSubmittedTo(LocalDate v) { submittedTo = v; }
    public boolean isMine() { return mine; }
    public void setMine(boolean v) { mine = v; }
    public String getScreener() { return screener; }
    public void setScreener(String v) { screener = v == null || v.isBlank() ? null : v; }
    public RuleOutcome getRuleFlag() { return ruleFlag; }
    public void setRuleFlag(RuleOutcome v) { ruleFlag = v; }
    public ScreeningDeadlines.State getDeadline() { return deadline; }
    public void setDeadline(ScreeningDeadlines.State v) { deadline = v; }

    /** Every filter cleared, "only mine" too: the inbox as a link from the dashboard promises it. */
    public void clear() {
        status = null;
        prefecture = null;
        industry = null;
        legalForm = null;
        text = null;
        submittedFrom = null;
        submittedTo = null;
        mine = false;
        screener = null;
        ruleFlag = null;
        deadline = null;
    }

    /**
     * The inbox's filters as kept in the session, for the inbox and the dashboard's funnel; the
     * deadline aside, which needs the programme's notice days and today
     * ({@link InboxBean}; the dashboard shows the deadlines as figures of their own).
     */
    public InboxFilter filter(boolean admin, String caller) {
        return new InboxFilter(status, prefecture, industry, legalForm, submittedFrom, submittedTo,
                text, InboxBean.assignedScreener(admin, screener, mine, caller), ruleFlag);
    }
}
