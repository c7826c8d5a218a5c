package app.banso.domain.survey;

import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.RuleViolationException;
import app.banso.domain.shared.RuleId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a company's answers against the survey's questions (COOP-3). A draft may leave
 * questions open but never holds an impossible value; a submission must answer every required
 * question.
 */
public final class SurveyAnswers {

    private SurveyAnswers() {
    }

    public static void check(List<SurveyQuestion> questions, List<SurveyAnswer> answers, boolean submit) {
        Map<Integer, SurveyQuestion> byNumber = questions.stream()
                .collect(Collectors.toMap(SurveyQuestion::number, Function.identity()));
        var seen = new HashSet<Integer>();
        for (SurveyAnswer a : answers) {
            SurveyQuestion q = byNumber.get(a.questionNumber());
            if (q == null || !seen.add(a.questionNumber())) {
                throw new InvalidDataException("q" + a.questionNumber(), "survey.unknownQuestion", a.questionNumber());
            }
            checkOne(q, a);
        }
        if (submit) {
            for (SurveyQuestion q : questions) {
                boolean answered = answers.stream().anyMatch(a -> a.questionNumber() == q.number() && !a.isEmpty());
                if (q.required() && !answered) {
                    throw new RuleViolationException(RuleId.COOP_3, "survey.required", q.number());
                }
            }
        }
    }

    private static void checkOne(SurveyQuestion q, SurveyAnswer a) {
        String field = "q" + q.number();
        boolean wrongKind = switch (q.type()) {
            case SINGLE_CHOICE -> a.rating() != null || a.text() != null || a.choices().size() > 1;
            case MULTIPLE_CHOICE -> a.rating() != null || a.text() != null;
            case RATING -> !a.choices().isEmpty() || a.text() != null;
            case FREE_TEXT -> !a.choices().isEmpty() || a.rating() != null;
        };
        if (wrongKind) {
            throw new InvalidDataException(field, "survey.answerKind", q.number());
        }
        int options = q.optionsJa().size();
        if (a.choices().stream().anyMatch(c -> c == null || c < 0 || c >= options)
                || a.choices().stream().distinct().count() != a.choices().size()) {
            throw new InvalidDataException(field, "survey.choice", q.number());
        }
        if (a.rating() != null && (a.rating() < SurveyQuestion.RATING_MIN || a.rating() > SurveyQuestion.RATING_MAX)) {
            throw new InvalidDataException(field, "survey.rating", q.number(), SurveyQuestion.RATING_MIN, SurveyQuestion.RATING_MAX);
        }
        if (a.text() != null && a.text().length() > SurveyQuestion.MAX_TEXT) {
            throw new InvalidDataException(field, "survey.textLength", q.number(), SurveyQuestion.MAX_TEXT);
        }
    }
}
