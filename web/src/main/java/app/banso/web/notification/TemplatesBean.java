package app.banso.web.notification;

import app.banso.domain.shared.BusinessException;
import app.banso.ejb.notification.TemplateService;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** ADMIN edits the wording of each e-mail, in Japanese and English. */
@Named
@ViewScoped
public class TemplatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TemplateService templates;

    private String key = TemplateService.KEYS.get(0);
    private String language = "ja";
    private String subject;
    private String body;
    private boolean customised;

    @PostConstruct
    public void load() {
        var wording = templates.wording(key, language);
        subject = wording.subject();
        body = wording.body();
        customised = templates.isCustomised(key, language);
    }

    public void save() {
        try {
            templates.save(key, language, subject, body);
            customised = true;
            Messages.info("template.saved");
        } catch (BusinessException e) {
            Messages.error(e, Map.of("subject", "template:subject", "body", "template:body"));
        }
    }

    public void reset() {
        templates.reset(key, language);
        load();
        Messages.info("template.reset");
    }

    public List<String> getKeys() { return TemplateService.KEYS; }
    public String getKey() { return key; }
    public void setKey(String v) { key = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = "en".equals(v) ? "en" : "ja"; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public boolean isCustomised() { return customised; }
}
