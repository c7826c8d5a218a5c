package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An autosave that changes nothing writes nothing ({@link Application#saveDraft}), which it finds
 * out by the answers' {@code equals}. An answer left out of {@code equals} would never be saved
 * on its own: every field of every answer class must count.
 */
class AnswersEqualityTest {

    static final List<Class<?>> ANSWERS = List.of(CompanyAnswers.class, EligibilityAnswers.class, PositionAnswers.class,
            MotivationAnswers.class, Declarations.class);

    @Test
    void everyAnswerCountsInEquality() throws Exception {
        int fields = 0;
        for (Class<?> type : ANSWERS) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic() || field.getName().startsWith("_persistence")) {
                    continue;
                }
                Object plain = type.getDeclaredConstructor().newInstance();
                Object changed = type.getDeclaredConstructor().newInstance();
                field.setAccessible(true);
                field.set(changed, sample(field.getType()));
                assertNotEquals(plain, changed, type.getSimpleName() + "." + field.getName() + " counts in equals");
                Object same = type.getDeclaredConstructor().newInstance();
                field.set(same, sample(field.getType()));
                assertEquals(changed, same, type.getSimpleName() + "." + field.getName() + ": equal values are equal");
                assertEquals(changed.hashCode(), same.hashCode());
                fields++;
            }
        }
        assertEquals(51, fields, "the answers' fields, all checked");
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "回答";
        } else if (type == Boolean.class || type == boolean.class) {
            return Boolean.TRUE;
        } else if (type == Integer.class) {
            return 3;
        } else if (type == Long.class) {
            return 3L;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 4, 1);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new AssertionError("no sample value for " + type);
    }
}
