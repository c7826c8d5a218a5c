package app.banso.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.shared.RuleId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Step 5: every consent LAW-1..3, COOP-1..6 and the privacy notice must be given to submit. */
class DeclarationsTest {

    /** Each declaration with the rule it stands for; the privacy notice is reported as PRIV-1. */
    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of(RuleId.LAW_1, (BiConsumer<Declarations, Boolean>) Declarations::setLaw1),
                Arguments.of(RuleId.LAW_2, (BiConsumer<Declarations, Boolean>) Declarations::setLaw2),
                Arguments.of(RuleId.LAW_3, (BiConsumer<Declarations, Boolean>) Declarations::setLaw3),
                Arguments.of(RuleId.COOP_1, (BiConsumer<Declarations, Boolean>) Declarations::setCoop1),
                Arguments.of(RuleId.COOP_2, (BiConsumer<Declarations, Boolean>) Declarations::setCoop2),
                Arguments.of(RuleId.COOP_3, (BiConsumer<Declarations, Boolean>) Declarations::setCoop3),
                Arguments.of(RuleId.COOP_4, (BiConsumer<Declarations, Boolean>) Declarations::setCoop4),
                Arguments.of(RuleId.COOP_5, (BiConsumer<Declarations, Boolean>) Declarations::setCoop5),
                Arguments.of(RuleId.COOP_6, (BiConsumer<Declarations, Boolean>) Declarations::setCoop6),
                Arguments.of(RuleId.PRIV_1, (BiConsumer<Declarations, Boolean>) Declarations::setPrivacy));
    }

    private static Declarations allGiven() {
        Declarations d = new Declarations();
        declarations().forEach(a -> setter(a).accept(d, true));
        return d;
    }

    @SuppressWarnings("unchecked")
    private static BiConsumer<Declarations, Boolean> setter(Arguments a) {
        return (BiConsumer<Declarations, Boolean>) a.get()[1];
    }

    @Test
    void nothingIsMissingWhenAllConsentsAreGiven() {
        assertTrue(allGiven().missing().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void aConsentNotGivenNamesItsRule_LAW_1_LAW_2_LAW_3_COOP_1_COOP_2_COOP_3_COOP_4_COOP_5_COOP_6_PRIV_1(RuleId rule,
            BiConsumer<Declarations, Boolean> set) {
        Declarations d = allGiven();
        set.accept(d, false);
        assertEquals(List.of(rule), d.missing());
    }

    @Test
    void aFreshFormMissesEveryConsentInRuleOrder() {
        assertEquals(declarations().map(a -> (RuleId) a.get()[0]).toList(), new Declarations().missing());
    }

    @Test
    void aCopyKeepsTheConsentsAndIsIndependent() {
        Declarations original = allGiven();
        Declarations copy = original.copy();
        copy.setCoop3(false);
        assertTrue(original.missing().isEmpty());
        assertEquals(List.of(RuleId.COOP_3), copy.missing());
    }
}
