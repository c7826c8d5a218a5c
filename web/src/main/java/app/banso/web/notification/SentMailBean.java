package app.banso.web.notification;

import app.banso.ejb.notification.MailOutbox;
import app.banso.ejb.notification.MailView;
import app.banso.web.platform.Messages;
import app.banso.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** ADMIN: every e-mail the product sent or kept (without SMTP), newest first. */
@Named
@ViewScoped
public class SentMailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailOutbox outbox;

    private PagedModel<MailView> model;
    private MailView selected;

    @PostConstruct
    void init() {
        model = new PagedModel<>(outbox::count, outbox::newestFirst, MailView::id);
    }

    public void retry(MailView mail) {
        outbox.retry(mail.id());
        Messages.info("admin.mail.retried");
    }

    public PagedModel<MailView> getModel() { return model; }
    public MailView getSelected() { return selected; }
    public void setSelected(MailView selected) { this.selected = selected; }
}
