package app.banso.domain.survey;

import app.banso.domain.shared.InvalidDataException;
import java.io.Serializable;
import java.util.List;

/**
 * One question of a survey, worded in Japanese and English. Choice questions carry the same
 * options in both languages (the answer stores the option's index, so results do not depend on
 * the language the company answered in).
 */
public record SurveyQuestion(int number, QuestionType type, String textJa, String textEn, List<String> optionsJa,
                             List<String> optionsEn, boolean required) implements Serializable {

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int MAX_TEXT = 2000;

    public SurveyQuestion {
        if (type == null) {
            throw new InvalidDataException("type", "survey.questionType");
        }
        if (isBlank(textJa) || isBlank(textEn)) {
            throw new InvalidDataException("text", "survey.questionText", number);
        }
        optionsJa = optionsJa == null ? List.of() : List.copyOf(optionsJa);
        optionsEn = optionsEn == null ? List.of() : List.copyOf(optionsEn);
        if (type.hasOptions()) {
            if (optionsJa.size() < 2 || optionsJa.size() != optionsEn.size()
                    || optionsJa.stream().anyMatch(SurveyQuestion::isBlank) || optionsEn.stream().anyMatch(SurveyQuestion::isBlank)) {
                throw new InvalidDataException("options", "survey.options", number);
            }
        } else if (!optionsJa.isEmpty() || !optionsEn.isEmpty()) {
            throw new InvalidDataException("options", "survey.noOptions", number);
        }
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textJa;
    }

    public List<String> options(String language) {
        return "en".equals(language) ? optionsEn : optionsJa;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
