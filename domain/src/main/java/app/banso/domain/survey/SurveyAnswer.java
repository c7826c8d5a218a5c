package app.banso.domain.survey;

import java.io.Serializable;
import java.util.List;

/**
 * A company's answer to one question: chosen option indexes (choice questions), a rating
 * (1–5) or a text. An answer with none of these is "not answered".
 */
public record SurveyAnswer(int questionNumber, List<Integer> choices, Integer rating, String text) implements Serializable {

    public SurveyAnswer {
        choices = choices == null ? List.of() : List.copyOf(choices);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isEmpty() {
        return choices.isEmpty() && rating == null && text == null;
    }
}
