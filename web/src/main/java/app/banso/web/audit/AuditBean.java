package app.banso.web.audit;

import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.audit.AuditView;
import app.banso.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** ADMIN: the audit log, newest first. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    private PagedModel<AuditView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(audit::count, audit::newestFirst, AuditView::id);
    }

    public PagedModel<AuditView> getModel() { return model; }
}
