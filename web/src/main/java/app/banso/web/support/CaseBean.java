package app.banso.web.support;

import app.banso.domain.screening.ServiceOffering;
import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.JapanTime;
import app.banso.domain.support.ActivityType;
import app.banso.domain.support.OutOfScope;
import app.banso.domain.support.Referral;
import app.banso.domain.support.StageStatus;
import app.banso.domain.support.SupportMenu;
import app.banso.domain.support.TermReason;
import app.banso.ejb.support.CaseView;
import app.banso.ejb.support.CoordinatorChoice;
import app.banso.ejb.support.SupportService;
import app.banso.web.platform.Messages;
import app.banso.web.platform.NotInSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A support case for its coordinator and ADMIN ({@code /staff/case.xhtml?id=}). */
@Named
@ViewScoped
public class CaseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    @Inject
    private SupportService support;

    private Long id;
    /** The case as shown, not copied into the session; the version the user saw is. */
    private final NotInSession<CaseView> view = new NotInSession<>();
    /** The case's version as this screen shows it (optimistic concurrency; -1 when none): found after a failover too. */
    private long shownVersion = -1;
    /** SUPPORT-8: the coordinator chosen in ADMIN's menu (the case's current one when the page opens). */
    private String coordinator;
    /** The menu's coordinators, read once per view for ADMIN (not kept in the session). */
    private final NotInSession<List<CoordinatorChoice>> coordinators = new NotInSession<>();
    private String assignReason;
    private LocalDateTime kickoffAt;
    private String attendees;
    private String minutes;
    private final String[] goals = new String[4];
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private ActivityType activityType = ActivityType.PHONE;
    private LocalDate activityDate;
    private Integer activityMinutes;
    private String participants;
    private String notes;
    private String nextActions;
    private Integer activityStage = 1;
    private TermReason termReason = TermReason.TERM_1;
    private LocalDate termEffective;
    private String termNote;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            CaseView v = show(support.detail(id));
            if (v.kickoffAt() != null) {
                kickoffAt = LocalDateTime.ofInstant(v.kickoffAt(), JapanTime.ZONE);
                attendees = v.kickoffAttendees();
                minutes = v.kickoffMinutes();
                for (int i = 0; i < 4; i++) {
                    goals[i] = v.goals().get(i);
                }
                periodStart = v.periodStart();
                periodEnd = v.periodEnd();
            }
            activityStage = v.currentStage();
            if (coordinator == null) {
                coordinator = v.coordinator();
            }
        } catch (BusinessException e) {
            show(null);
            Messages.error(e);
        }
    }

    private CaseView show(CaseView v) {
        view.set(v);
        shownVersion = v == null ? -1 : v.version();
        return v;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            load();
        } catch (ConflictException e) {
            // Someone saved the case in between: show what they saved, keep this user's input to re-apply.
            Messages.error(e);
            try {
                show(support.detail(id));
            } catch (BusinessException gone) {
                show(null);
                Messages.error(gone);
            }
        } catch (BusinessException e) {
            Messages.error(e, Map.of("periodEnd", "kickoff:periodEnd", "activityDate", "activity:activityDate"));
        }
    }

    private long version() {
        return shownVersion;
    }

    public List<CoordinatorChoice> getCoordinators() {
        return coordinators.get(support::coordinators);
    }

    public void assign() {
        act(() -> support.assignCoordinator(id, coordinator, assignReason), "case.assigned");
    }

    public void saveKickoff() {
        act(() -> support.recordKickoff(id, version(), kickoffAt == null ? null : kickoffAt.atZone(JapanTime.ZONE).toInstant(), attendees, minutes,
                Arrays.asList(goals), periodStart, periodEnd), "case.kickoffSaved");
    }

    public void agree() {
        act(() -> support.agree(id, version()), "case.agreed");
    }

    public void stage(int stage, String status) {
        act(() -> support.setStage(id, version(), stage, StageStatus.valueOf(status)), "case.stageSaved");
    }

    public void logActivity() {
        act(() -> support.logActivity(id, activityType, activityDate, activityMinutes, participants, notes, nextActions,
                activityStage == null ? 1 : activityStage), "case.activityLogged");
        notes = null;
        nextActions = null;
    }

    public void confirmVisit(long activityId) {
        act(() -> support.confirmVisit(activityId), "case.visitConfirmed");
    }

    public void completeVisit(long activityId) {
        act(() -> support.completeVisit(activityId), "case.visitDone");
    }

    private String checklistText;
    private Integer checklistStage = 1;

    public void addChecklistItem() {
        act(() -> support.addChecklistItem(id, checklistStage == null ? 1 : checklistStage, checklistText), "checklist.added");
        checklistText = null;
    }

    public void toggleChecklistItem(long itemId) {
        act(() -> support.toggleChecklistItem(itemId), "checklist.saved");
    }

    public String getChecklistText() { return checklistText; }
    public void setChecklistText(String v) { checklistText = v; }
    public Integer getChecklistStage() { return checklistStage; }
    public void setChecklistStage(Integer v) { checklistStage = v; }

    private String findings;
    private boolean revise;

    public void recordReview() {
        act(() -> support.recordReview(id, version(), findings, revise, Arrays.asList(goals), periodEnd), "review.recorded");
        findings = null;
        revise = false;
    }

    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
    public boolean isRevise() { return revise; }
    public void setRevise(boolean v) { revise = v; }

    private Long menuId;
    private Long serviceId;
    private String referralNote;
    private OutOfScope outOfScope = OutOfScope.CANDIDATE_INTRODUCTION;
    private String declineNote;

    /** SUPPORT-3: refers the company to the chosen catalogue service (the EJB checks that it is still offered). */
    public void refer() {
        if (serviceId == null) {
            Messages.fieldError("referral:service", "validation.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        act(() -> support.refer(id, serviceId, referralNote), "referral.done");
        referralNote = null;
    }

    public void referralOutcome(long referralId, String outcome) {
        act(() -> support.referralOutcome(referralId, Referral.Outcome.valueOf(outcome)), "referral.outcomeSaved");
    }

    public void declineOutOfScope() {
        act(() -> support.declineOutOfScope(id, outOfScope, declineNote), "outOfScope.logged");
        declineNote = null;
    }

    public List<ServiceOffering> getServices() { return support.services(); }
    public OutOfScope[] getOutOfScopes() { return OutOfScope.values(); }
    public Long getServiceId() { return serviceId; }
    public void setServiceId(Long v) { serviceId = v; }
    public String getReferralNote() { return referralNote; }
    public void setReferralNote(String v) { referralNote = v; }
    public OutOfScope getOutOfScope() { return outOfScope; }
    public void setOutOfScope(OutOfScope v) { outOfScope = v; }
    public String getDeclineNote() { return declineNote; }
    public void setDeclineNote(String v) { declineNote = v; }

    public void requestMenu() {
        act(() -> support.requestMenuPlace(id, menuId == null ? -1 : menuId), "menu.requested");
    }

    public List<SupportMenu> getMenus() {
        return support.menus();
    }

    public Long getMenuId() { return menuId; }
    public void setMenuId(Long v) { menuId = v; }

    public void dismissReview(long taskId) {
        act(() -> support.dismissReview(taskId), "review.dismissed");
    }

    public void terminate() {
        act(() -> support.terminate(id, version(), termReason, termEffective == null ? LocalDate.now(clock) : termEffective, termNote),
                "case.terminated");
    }

    public ActivityType[] getActivityTypes() {
        return Arrays.stream(ActivityType.values()).filter(t -> t != ActivityType.DECLINED_OUT_OF_SCOPE).toArray(ActivityType[]::new);
    }
    public TermReason[] getTermReasons() { return TermReason.values(); }
    public List<Integer> getStageNumbers() { return List.of(1, 2, 3, 4); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CaseView getView() { return view.get(() -> id == null ? null : support.detail(id)); }

    /** A meeting or visit of an open case from today on: its line offers "add to calendar" (SUPPORT-2). */
    public boolean upcoming(CaseView.ActivityView a) {
        CaseView v = getView();
        return v != null && !v.isClosed() && a.isUpcomingOn(LocalDate.now(clock));
    }
    public String getCoordinator() { return coordinator; }
    public void setCoordinator(String v) { coordinator = v; }
    public String getAssignReason() { return assignReason; }
    public void setAssignReason(String v) { assignReason = v; }
    public LocalDateTime getKickoffAt() { return kickoffAt; }
    public void setKickoffAt(LocalDateTime v) { kickoffAt = v; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String v) { attendees = v; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String v) { minutes = v; }
    public String[] getGoals() { return goals; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { periodEnd = v; }
    public ActivityType getActivityType() { return activityType; }
    public void setActivityType(ActivityType v) { activityType = v; }
    public LocalDate getActivityDate() { return activityDate; }
    public void setActivityDate(LocalDate v) { activityDate = v; }
    public Integer getActivityMinutes() { return activityMinutes; }
    public void setActivityMinutes(Integer v) { activityMinutes = v; }
    public String getParticipants() { return participants; }
    public void setParticipants(String v) { participants = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getNextActions() { return nextActions; }
    public void setNextActions(String v) { nextActions = v; }
    public Integer getActivityStage() { return activityStage; }
    public void setActivityStage(Integer v) { activityStage = v; }
    public TermReason getTermReason() { return termReason; }
    public void setTermReason(TermReason v) { termReason = v; }
    public LocalDate getTermEffective() { return termEffective; }
    public void setTermEffective(LocalDate v) { termEffective = v; }
    public String getTermNote() { return termNote; }
    public void setTermNote(String v) { termNote = v; }
}
