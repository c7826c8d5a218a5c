package app.banso.web.screening;

import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.Industry;
import app.banso.domain.intake.LegalForm;
import app.banso.domain.intake.Prefecture;
import app.banso.domain.intake.RuleOutcome;
import app.banso.domain.screening.ScreeningDeadlines;
import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.JapanTime;
import app.banso.ejb.insight.ExportService;
import app.banso.ejb.platform.Roles;
import app.banso.ejb.screening.InboxHeader;
import app.banso.ejb.screening.ScreeningService;
import app.banso.persistence.screening.InboxFilter;
import app.banso.persistence.screening.InboxRepository;
import app.banso.persistence.screening.InboxRow;
import app.banso.web.insight.Downloads;
import app.banso.web.platform.CurrentUser;
import app.banso.web.platform.LocaleBean;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * The screening inbox: a lazy table that pages, sorts and filters in the database. The filter
 * fields are the bean's own (not the table's column filters), so they map to an allow-list.
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreeningService screening;


    /** Who asks (not Jakarta Security's SecurityContext: a view-scoped bean cannot keep it, SessionStateSerializableTest). */
    @Inject
    private CurrentUser currentUser;

    @Inject
    private InboxPreferences prefs;

    @Inject
    private ExportService exports;

    @Inject
    private LocaleBean locale;
    private InboxHeader header;
    private LazyDataModel<InboxRow> model;

    /** The size of the inbox under {@link #countedFilter}: a sort or a page change does not count again. */
    private InboxFilter countedFilter;
    private long counted;
    /** Set when the user applies filters or picks a status: count in the database, not from the header. */
    private boolean recount;

    /**
     * The sort of the rows shown ("COMPANY.asc"), which each row's link hands to the application
     * page with the row's place, for its "previous / next" ({@link ApplicationDetailBean}).
     */
    private String shownSort = InboxRepository.Sort.SUBMITTED_AT.name() + ".desc";

    /** ADMIN's choice of screeners for the filter (loaded once per view; empty for others). */
    private List<String> screeners;

    /** ADMIN's share-out: how many of the oldest unassigned applications go to whom. */
    @Min(1) @Max(ScreeningService.SHARE_OUT_MAX)
    private int shareOutCount = 10;
    private String shareOutTo;

    @PostConstruct
    void init() {
        header = screening.inboxHeader();
        model = new Rows();
    }

    /** The inbox's rows, one page at a time from the database. */
    private final class Rows extends LazyDataModel<InboxRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) size(filter());
        }

        @Override
        public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            InboxRepository.Sort sort = InboxRepository.Sort.SUBMITTED_AT;
            boolean ascending = false;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "legalNameJa" -> InboxRepository.Sort.COMPANY;
                    case "status" -> InboxRepository.Sort.STATUS;
                    case "prefecture" -> InboxRepository.Sort.PREFECTURE;
                    case "completedAt" -> InboxRepository.Sort.COMPLETED_AT; // the deadline column
                    default -> InboxRepository.Sort.SUBMITTED_AT; // anything else is not a sort key
                };
                ascending = meta.getOrder() == SortOrder.ASCENDING;
            }
            shownSort = sort.name() + (ascending ? ".asc" : ".desc");
            return screening.inbox(filter(), sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(InboxRow row) {
            return String.valueOf(row.id());
        }

        /** The session's copy leaves out the page's rows, as {@code PagedModel} does (read again after a failover). */
        private Object writeReplace() {
            return new Rows();
        }
    }

    /**
     * How many applications the filter finds, with as few statements as it takes (issue 8: at
     * most 3 per inbox request): known from the header's counts when only the status narrows the
     * inbox on opening, remembered while only the sort or the page changes, counted in the
     * database when the user applies filters or picks a status (so a view kept open all day still
     * shows the current size then).
     */
    private long size(InboxFilter f) {
        if (recount || !f.equals(countedFilter)) {
            counted = recount || f.narrowsBeyondStatus() ? screening.inboxCount(f) : header.total(f.status());
            countedFilter = f;
            recount = false;
        }
        return counted;
    }

    public String getShownSort() {
        return shownSort;
    }

    /** SCREEN-2: where a row waiting for its online-screening notice stands ("" when not waiting). */
    public String deadline(InboxRow row) {
        if (row.completedAt() == null
                || !row.status().isWaitingForNotice()) {
            return "";
        }
        return ScreeningDeadlines.from(row.completedAt().atZone(JapanTime.ZONE).toLocalDate(),
                        header.noticeTargetDays(), header.noticeMaxDays())
                .on(LocalDate.now(JapanTime.ZONE)).name();
    }

    /**
     * The inbox with the filters the table shows (the session's, as last applied), as CSV or Excel;
     * the EJB decides who may (SCREENER, ADMIN) and audits it.
     */
    public StreamedContent export(String format) {
        var f = Downloads.format(format);
        InboxFilter current = filter();
        var labels = new Downloads.Labels(locale.getLocale());
        return Downloads.of(exports.fileName("inbox", f), f, out -> exports.inbox(current, f, labels, out));
    }

    /**
     * New filters show their first page: the table is reset on the server (a script resetting the
     * paginator after the update left the button greyed out when it failed). The table remembers
     * its page for the session (multiViewState) and takes it back from there as it renders, so the
     * remembered page is reset too: otherwise a filter applied on page 2,000 showed the last page
     * of its results (found by bench/inbox.sh in PostgreSQL's log: OFFSET 8925 for a filter).
     */
    public void firstPage() {
        recount = true;
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent("inbox:table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
            DataTableState remembered = dataTable.getMultiViewState(false);
            if (remembered != null) {
                remembered.setFirst(0);
            }
        }
    }

    /** A figure of the header: the inbox narrowed to that status, from its first page. */
    public void showStatus(ApplicationStatus s) {
        prefs.setStatus(s);
        firstPage();
    }

    /**
     * The session's filters; the deadline as the completion days that stand so today against the
     * programme's notice days (SCREEN-2, {@link ScreeningDeadlines#completionDays}), computed on
     * every request, so a view kept open past midnight moves on with the date.
     */
    private InboxFilter filter() {
        InboxFilter f = prefs.filter(isAdmin(), currentUser.getCallerName());
        ScreeningDeadlines.State deadline = prefs.getDeadline();
        return deadline == null ? f : f.waitingCompletedOn(ScreeningDeadlines.completionDays(deadline,
                LocalDate.now(JapanTime.ZONE), header.noticeTargetDays(), header.noticeMaxDays()));
    }

    /**
     * Opened from a link that names a deadline state (the dashboard's deadline figures,
     * {@code ?deadline=OVERDUE}, and the SCREEN-2 reminder's links): the inbox shows exactly what
     * the figure or the reminder counted, so every other filter is cleared but "only mine", which
     * {@code &mine=true} sets (a screener's reminder lists their own applications). A value that
     * is no state is ignored and the session's filters stay.
     */
    public void openFromLink() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ScreeningDeadlines.State state = deadlineNamed(parameters.get("deadline"));
        if (state != null) {
            prefs.clear();
            prefs.setDeadline(state);
            prefs.setMine("true".equals(parameters.get("mine"))); // the screener's SCREEN-2 reminder lists only theirs
            recount = true;
            // The table is not built yet in a view action: its remembered page and sort go (from the first page, in the default order).
            String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
            var remembered = PrimeFaces.current().multiViewState();
            if (remembered.get(viewId, "inbox:table") != null) { // clear() warns in the log when there is nothing to clear
                remembered.clear(viewId, "inbox:table");
            }
        }
    }

    static ScreeningDeadlines.State deadlineNamed(String name) {
        if (name == null) {
            return null;
        }
        for (ScreeningDeadlines.State s : ScreeningDeadlines.State.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    public ScreeningDeadlines.State getDeadline() { return prefs.getDeadline(); }
    public void setDeadline(ScreeningDeadlines.State v) { prefs.setDeadline(v); }
    public ScreeningDeadlines.State[] getDeadlines() { return ScreeningDeadlines.State.values(); }

    /**
     * The screener the inbox is filtered by: ADMIN's chosen screener wins over "only mine"; for
     * anyone else a chosen screener is ignored and only "mine" counts. Null means anyone.
     */
    static String assignedScreener(boolean admin, String chosen, boolean mine, String caller) {
        if (admin && chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return mine ? caller : null;
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Roles.ADMIN);
    }

    /**
     * ADMIN gives the oldest applications nobody is assigned to to the chosen screener (SCREEN-1,
     * the EJB checks); the inbox is shown again from its first page, counted anew.
     */
    public void shareOut() {
        if (shareOutTo == null || shareOutTo.isBlank()) {
            Messages.fieldError("shareOut:shareOutTo", "validation.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            int assigned = screening.assignOldestUnassigned(shareOutTo, shareOutCount);
            Messages.info(assigned == 0 ? "shareOut.none" : "shareOut.done", assigned, shareOutTo);
            header = screening.inboxHeader();
            firstPage();
        } catch (BusinessException e) {
            Messages.error(e, Map.of("email", "shareOut:shareOutTo"));
        }
    }

    public int getShareOutCount() { return shareOutCount; }
    public void setShareOutCount(int shareOutCount) { this.shareOutCount = shareOutCount; }
    public String getShareOutTo() { return shareOutTo; }
    public void setShareOutTo(String shareOutTo) { this.shareOutTo = shareOutTo; }
    public int getShareOutMax() { return ScreeningService.SHARE_OUT_MAX; }

    /** ADMIN's screener filter's value for the applications nobody is assigned to. */
    public String getUnassigned() {
        return InboxFilter.UNASSIGNED;
    }

    /** The staff who can be assigned applications, for ADMIN's screener filter. */
    public List<String> getScreeners() {
        if (screeners == null) {
            screeners = isAdmin() ? screening.screeners() : List.of();
        }
        return screeners;
    }

    public String getScreener() { return prefs.getScreener(); }
    public void setScreener(String v) { prefs.setScreener(v); }

    public ApplicationStatus[] getStatuses() {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toArray(ApplicationStatus[]::new);
    }

    public Prefecture[] getPrefectures() { return Prefecture.values(); }
    public Industry[] getIndustries() { return Industry.values(); }
    public LegalForm[] getLegalForms() { return LegalForm.values(); }
    public Map<ApplicationStatus, Long> getCounts() { return header.counts(); }
    public LazyDataModel<InboxRow> getModel() { return model; }
    public ApplicationStatus getStatus() { return prefs.getStatus(); }
    public void setStatus(ApplicationStatus v) { prefs.setStatus(v); }
    public Prefecture getPrefecture() { return prefs.getPrefecture(); }
    public void setPrefecture(Prefecture v) { prefs.setPrefecture(v); }
    public Industry getIndustry() { return prefs.getIndustry(); }
    public void setIndustry(Industry v) { prefs.setIndustry(v); }
    public LegalForm getLegalForm() { return prefs.getLegalForm(); }
    public void setLegalForm(LegalForm v) { prefs.setLegalForm(v); }
    public LocalDate getSubmittedFrom() { return prefs.getSubmittedFrom(); }
    public void setSubmittedFrom(LocalDate v) { prefs.setSubmittedFrom(v); }
    public LocalDate getSubmittedTo() { return prefs.getSubmittedTo(); }
    public void setSubmittedTo(LocalDate v) { prefs.setSubmittedTo(v); }
    public boolean isMine() { return prefs.isMine(); }
    public void setMine(boolean v) { prefs.setMine(v); }
    public RuleOutcome getRuleFlag() { return prefs.getRuleFlag(); }
    public void setRuleFlag(RuleOutcome v) { prefs.setRuleFlag(v); }
    public RuleOutcome[] getRuleFlags() {
        return new RuleOutcome[] {RuleOutcome.FAIL, RuleOutcome.FLAG};
    }
    public String getText() { return prefs.getText(); }
    public void setText(String v) { prefs.setText(v); }
}
