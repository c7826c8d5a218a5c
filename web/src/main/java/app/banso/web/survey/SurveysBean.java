package app.banso.web.survey;

import app.banso.domain.shared.BusinessException;
import app.banso.domain.survey.QuestionType;
import app.banso.domain.survey.SurveyQuestion;
import app.banso.ejb.insight.ExportService;
import app.banso.ejb.survey.SurveyDesk;
import app.banso.ejb.survey.SurveyService;
import app.banso.persistence.survey.RecipientRow;
import app.banso.web.insight.Downloads;
import app.banso.web.platform.LocaleBean;
import app.banso.web.platform.Messages;
import app.banso.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** ADMIN: builds and sends surveys, follows response rates, reminds, exports CSV (COOP-3). */
@Named
@ViewScoped
public class SurveysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private SurveyService surveys;
    @Inject private LocaleBean locale;
    @Inject private ExportService exports;

    /** The programme's surveys with their rates (a handful a year); their companies are paged below. */
    private List<SurveyDesk.Summary> list;
    /** The survey whose companies are listed: the newest unless ADMIN chose another. */
    private Long selectedId;
    private boolean notSubmittedOnly;
    /** Lazy: a survey goes to every company in support, up to a few thousand; only the page shown is read. */
    private PagedModel<RecipientRow> recipients;
    private String titleJa;
    private String titleEn;
    private final List<QuestionForm> questions = new ArrayList<>();

    /** One question being built; options are typed one per line. */
    public static class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private QuestionType type = QuestionType.SINGLE_CHOICE;
        private String textJa;
        private String textEn;
        private String optionsJa;
        private String optionsEn;
        private boolean required = true;

        public QuestionType getType() { return type; }
        public void setType(QuestionType v) { type = v; }
        public String getTextJa() { return textJa; }
        public void setTextJa(String v) { textJa = v; }
        public String getTextEn() { return textEn; }
        public void setTextEn(String v) { textEn = v; }
        public String getOptionsJa() { return optionsJa; }
        public void setOptionsJa(String v) { optionsJa = v; }
        public String getOptionsEn() { return optionsEn; }
        public void setOptionsEn(String v) { optionsEn = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
    }

    @PostConstruct
    void load() {
        list = surveys.surveys();
        if (selectedId == null || list.stream().noneMatch(x -> x.surveyId() == selectedId)) {
            selectedId = list.isEmpty() ? null : list.getFirst().surveyId();
        }
        recipients = null;
        if (questions.isEmpty()) {
            questions.add(new QuestionForm());
        }
    }

    public void addQuestion() {
        questions.add(new QuestionForm());
    }

    public void removeQuestion(int index) {
        if (questions.size() > 1) {
            questions.remove(index);
        }
    }

    /** Keeps everything typed when the survey is refused, so nothing is lost. */
    public void send() {
        try {
            List<SurveyQuestion> built = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                QuestionForm q = questions.get(i);
                built.add(new SurveyQuestion(i + 1, q.type, q.textJa, q.textEn, q.type.hasOptions() ? lines(q.optionsJa) : null,
                        q.type.hasOptions() ? lines(q.optionsEn) : null, q.required));
            }
            surveys.send(titleJa, titleEn, built);
            Messages.info("survey.sent");
            titleJa = null;
            titleEn = null;
            questions.clear();
            selectedId = null;
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void remind(long surveyId) {
        try {
            Messages.info("survey.reminded", surveys.remind(surveyId));
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Lists the companies of another survey. */
    public void select(long surveyId) {
        selectedId = surveyId;
        recipients = null;
    }

    /** The "not submitted only" box changed: the table starts again at its first page. */
    public void filterChanged() {
        recipients = null;
    }

    public Long getSelectedId() { return selectedId; }

    public SurveyDesk.Summary getSelected() {
        return selectedId == null ? null : list.stream().filter(x -> x.surveyId() == selectedId).findFirst().orElse(null);
    }

    public PagedModel<RecipientRow> getRecipients() {
        if (recipients == null && selectedId != null) {
            long id = selectedId;
            boolean pending = notSubmittedOnly;
            var boundary = surveys;
            recipients = new PagedModel<>(() -> boundary.recipientCount(id, pending),
                    (first, size) -> boundary.recipientPage(id, pending, first, size), RecipientRow::id);
        }
        return recipients;
    }

    public boolean isNotSubmittedOnly() { return notSubmittedOnly; }
    public void setNotSubmittedOnly(boolean v) { notSubmittedOnly = v; }

    /** COOP-3: the submitted answers as CSV or Excel in the user's language (ADMIN, audited by the EJB). */
    public StreamedContent export(long surveyId, String format) {
        var f = Downloads.format(format);
        var labels = new Downloads.Labels(locale.getLocale());
        var boundary = exports;
        return Downloads.of(exports.fileName("survey-" + surveyId, f), f,
                out -> boundary.surveyAnswers(surveyId, f, labels, out));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public QuestionType[] getTypes() { return QuestionType.values(); }
    public List<SurveyDesk.Summary> getList() { return list; }
    public List<QuestionForm> getQuestions() { return questions; }
    public String getTitleJa() { return titleJa; }
    public void setTitleJa(String v) { titleJa = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
}
