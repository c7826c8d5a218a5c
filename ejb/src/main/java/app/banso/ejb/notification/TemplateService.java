package app.banso.ejb.notification;

import app.banso.domain.notification.MailTemplate;
import app.banso.domain.shared.InvalidDataException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.platform.Roles;
import app.banso.persistence.notification.MailTemplateRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Every e-mail's wording: ADMIN's own version of a template when there is one, otherwise the
 * built-in text ({@link MailTemplates}). ADMIN edits templates per language with the same
 * placeholders.
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
public class TemplateService {

    /** The templates ADMIN can edit, with the meaning of their placeholders (message key {@code template.<key>.help}). */
    public static final List<String> KEYS = List.of("verify", "alreadyRegistered", "registrationPending", "passwordReset", "passwordChanged", "emailChange", "emailTaken", "emailChanged", "addressRetired",
            "staffWelcome", "receipt", "waitlisted",
            "promoted", "withdrawn", "interview", "adopted", "rejected", "deemedWithdrawn", "overdue", "terminated", "supportEnded",
            "visitCancelled", "reviewOpened", "surveySent", "surveyReminder", StaffMail.APPLICATIONS_ASSIGNED,
            StaffMail.CASES_ASSIGNED);

    @Inject private MailTemplateRepository repository;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Resource private SessionContext context;

    @PermitAll
    public MailTemplates.Mail render(String key, String language, Object... arguments) {
        String lang = "en".equals(language) ? "en" : "ja";
        return repository.find(key, lang)
                .map(t -> {
                    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
                    return new MailTemplates.Mail(new MessageFormat(t.getSubject(), locale).format(arguments),
                            new MessageFormat(t.getBody(), locale).format(arguments) + "\n\n" + MailTemplates.line("footer", lang));
                })
                .orElseGet(() -> MailTemplates.render(key, lang, arguments));
    }

    /** The current wording (ADMIN's or built-in) for the editor, placeholders unfilled. */
    @RolesAllowed(Roles.ADMIN)
    public MailTemplates.Mail wording(String key, String language) {
        requireKnown(key);
        return repository.find(key, language).map(t -> new MailTemplates.Mail(t.getSubject(), t.getBody()))
                .orElseGet(() -> new MailTemplates.Mail(MailTemplates.line(key + ".subject", language),
                        MailTemplates.line(key + ".body", language)));
    }

    @RolesAllowed(Roles.ADMIN)
    public boolean isCustomised(String key, String language) {
        return repository.find(key, language).isPresent();
    }

    @RolesAllowed(Roles.ADMIN)
    public void save(String key, String language, String subject, String body) {
        requireKnown(key);
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new InvalidDataException("subject", "validation.required");
        }
        if (subject.length() > MailTemplate.SUBJECT_MAX || body.length() > MailTemplate.BODY_MAX) {
            throw new InvalidDataException("body", "validation.tooLong", MailTemplate.BODY_MAX);
        }
        try {
            new MessageFormat(subject);
            new MessageFormat(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException("body", "template.badPlaceholder");
        }
        String staff = context.getCallerPrincipal().getName();
        repository.find(key, language).ifPresentOrElse(t -> t.change(subject, body, staff, clock.instant()),
                () -> repository.add(new MailTemplate(key, language, subject, body, staff, clock.instant())));
        audit.record("TEMPLATE_CHANGED", "template:" + key + ":" + language, null);
    }

    @RolesAllowed(Roles.ADMIN)
    public void reset(String key, String language) {
        requireKnown(key);
        repository.remove(key, language);
        audit.record("TEMPLATE_RESET", "template:" + key + ":" + language, null);
    }

    private static void requireKnown(String key) {
        if (!KEYS.contains(key)) {
            throw new InvalidDataException("template", "template.unknown");
        }
    }
}
