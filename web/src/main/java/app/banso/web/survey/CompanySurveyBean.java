package app.banso.web.survey;

import app.banso.domain.shared.BusinessException;
import app.banso.domain.survey.QuestionType;
import app.banso.domain.survey.SurveyAnswer;
import app.banso.domain.survey.SurveyQuestion;
import app.banso.ejb.support.CompanySupportService;
import app.banso.ejb.survey.SurveyDesk;
import app.banso.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The company answers JETRO's surveys in its portal, with a draft (COOP-3). */
@Named
@ViewScoped
public class CompanySurveyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CompanySupportService support;

    private List<SurveyDesk.RecipientView> list;
    private SurveyDesk.RecipientView open;
    /** Typed values by question number: a choice index, a rating or a text. */
    private final Map<Integer, String> single = new HashMap<>();
    /** Chosen option indexes of multiple-choice questions. */
    private final Map<Integer, Object> multi = new HashMap<>();

    @PostConstruct
    void load() {
        list = support.mySurveys();
    }

    public void open(long recipientId) {
        open = list.stream().filter(r -> r.id() == recipientId).findFirst().orElse(null);
        single.clear();
        multi.clear();
        if (open != null) {
            for (SurveyAnswer a : open.answers()) {
                SurveyQuestion q = open.questions().get(a.questionNumber() - 1);
                switch (q.type()) {
                    case SINGLE_CHOICE -> single.put(q.number(), String.valueOf(a.choices().get(0)));
                    case MULTIPLE_CHOICE -> multi.put(q.number(), a.choices().stream().map(String::valueOf).toList());
                    case RATING -> single.put(q.number(), String.valueOf(a.rating()));
                    case FREE_TEXT -> single.put(q.number(), a.text());
                }
            }
        }
    }

    public void save(boolean submit) {
        if (open == null) {
            return;
        }
        List<SurveyAnswer> answers = new ArrayList<>();
        try {
            for (SurveyQuestion q : open.questions()) {
                answers.add(answer(q));
            }
            SurveyDesk.RecipientView saved = support.answerSurvey(open.id(), answers, submit);
            Messages.info(submit ? "survey.submitted" : "survey.draftSaved");
            load();
            open = submit ? null : saved;
        } catch (NumberFormatException e) {
            Messages.error("survey.answerKind", "-");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private SurveyAnswer answer(SurveyQuestion q) {
        int n = q.number();
        String v = single.get(n);
        boolean blank = v == null || v.isBlank();
        return switch (q.type()) {
            case SINGLE_CHOICE -> new SurveyAnswer(n, blank ? List.of() : List.of(Integer.valueOf(v)), null, null);
            case MULTIPLE_CHOICE -> new SurveyAnswer(n, indexes(multi.get(n)), null, null);
            case RATING -> new SurveyAnswer(n, null, blank ? null : Integer.valueOf(v), null);
            case FREE_TEXT -> new SurveyAnswer(n, null, null, v);
        };
    }

    private static List<Integer> indexes(Object value) {
        Collection<?> items = value == null ? List.of() : value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Collection<?> c ? c : List.of(value);
        return items.stream().map(String::valueOf).map(Integer::valueOf).toList();
    }

    /** Choice options as items whose values are the option indexes ("0", "1", ...). */
    public List<SelectItem> items(SurveyQuestion q, String language) {
        List<String> options = q.options(language);
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            items.add(new SelectItem(String.valueOf(i), options.get(i)));
        }
        return items;
    }

    public List<SelectItem> getRatings() {
        List<SelectItem> items = new ArrayList<>();
        for (int i = SurveyQuestion.RATING_MIN; i <= SurveyQuestion.RATING_MAX; i++) {
            items.add(new SelectItem(String.valueOf(i), String.valueOf(i)));
        }
        return items;
    }

    public boolean isChoice(SurveyQuestion q) { return q.type() == QuestionType.SINGLE_CHOICE; }
    public boolean isMulti(SurveyQuestion q) { return q.type() == QuestionType.MULTIPLE_CHOICE; }
    public boolean isRating(SurveyQuestion q) { return q.type() == QuestionType.RATING; }
    public boolean isText(SurveyQuestion q) { return q.type() == QuestionType.FREE_TEXT; }

    public List<SurveyDesk.RecipientView> getList() { return list; }
    public SurveyDesk.RecipientView getOpen() { return open; }
    public Map<Integer, String> getSingle() { return single; }
    public Map<Integer, Object> getMulti() { return multi; }
}
