package app.banso.web.audit;

import app.banso.domain.shared.JapanTime;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.audit.AuditView;
import app.banso.persistence.audit.AuditSearch;
import app.banso.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** ADMIN: the audit log, newest first, searched in the database (PRIV). */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    @Size(max = 254) private String actor;
    @Size(max = 60) private String action;
    @Size(max = 200) private String subject;
    @Size(max = 64) private String clientAddress;
    private LocalDate from;
    private LocalDate to;

    private AuditSearch search = AuditSearch.ALL;
    private PagedModel<AuditView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> audit.count(search), (first, size) -> audit.search(search, first, size), AuditView::id);
    }

    /** Applies the fields; dates are whole days in Japan time, "to" included. */
    public void apply() {
        search = new AuditSearch(actor, action, subject, clientAddress,
                from == null ? null : from.atStartOfDay(JapanTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant());
    }

    public void clear() {
        actor = action = subject = clientAddress = null;
        from = to = null;
        search = AuditSearch.ALL;
    }

    public PagedModel<AuditView> getModel() { return model; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getClientAddress() { return clientAddress; }
    public void setClientAddress(String clientAddress) { this.clientAddress = clientAddress; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
