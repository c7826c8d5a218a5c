package app.banso.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.banso.domain.account.Role;
import app.banso.domain.account.UserAccount;
import app.banso.domain.intake.Application;
import app.banso.domain.shared.InvalidDataException;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.domain.support.SupportCase;
import app.banso.domain.survey.QuestionType;
import app.banso.domain.survey.SurveyAnswer;
import app.banso.domain.survey.SurveyQuestion;
import app.banso.ejb.survey.SurveyDesk;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.support.SupportRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** COOP-3 surveys on the configured database: sending, draft, submission, response rate, CSV. */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @Inject SurveyDesk surveys;
    @Inject SupportRepository cases;
    @Inject ProgrammeRepository programmes;
    @Inject UserAccountRepository accounts;
    @Inject ApplicationRepository applications;
    @Resource UserTransaction tx;
    @PersistenceContext(unitName = "banso") EntityManager em;

    private static final List<SurveyQuestion> QUESTIONS = List.of(
            new SurveyQuestion(1, QuestionType.SINGLE_CHOICE, "支援に満足しましたか", "Were you satisfied?", List.of("はい", "いいえ"),
                    List.of("Yes", "No"), true),
            new SurveyQuestion(2, QuestionType.RATING, "コーディネーターの評価", "Rate your coordinator", null, null, true),
            new SurveyQuestion(3, QuestionType.FREE_TEXT, "ご意見", "Comments", null, null, false));

    /**
     * A case of its own, on a new draft application of a new applicant account (the demo data has
     * only three applications), so the test depends neither on the demo data nor on other tests' cases.
     */
    private long newCase(long programmeId, String company) throws Exception {
        Instant now = Instant.now();
        tx.begin();
        long owner = accounts.add(UserAccount.createActive("survey-" + System.nanoTime() + "@example.jp", "not-a-real-hash",
                Role.APPLICANT, company, "ja", now)).getId();
        Application a = applications.add(new Application(programmes.find(programmeId).orElseThrow(), owner, now));
        SupportCase c = cases.add(new SupportCase(a.getId(), programmeId, company, now));
        tx.commit();
        return c.getId();
    }

    private List<String> mailSubjects(String dedupKeyLike) {
        return em.createQuery("select m.subject from MailMessage m where m.dedupKey like :k", String.class)
                .setParameter("k", dedupKeyLike).getResultList();
    }

    @Test
    void aSurveyIsAnsweredAsADraftThenSubmittedAndCountsInTheRateAndTheCsv_COOP_3() throws Exception {
        long programmeId = programmes.findCurrent(LocalDate.now()).orElseThrow().getId();
        long caseId = newCase(programmeId, "調査テスト株式会社");

        long surveyId = surveys.createAndSend(programmeId, "支援終了アンケート", "Closing survey", QUESTIONS, "admin@example.jp");
        var mine = surveys.forCase(caseId).stream().filter(r -> r.surveyId() == surveyId).findFirst().orElseThrow();
        assertEquals("SENT", mine.state());
        int sent = surveys.results(surveyId).rate().sent();
        assertTrue(sent >= 1, "sent to the companies in support");
        List<String> asked = mailSubjects("survey-sent:" + mine.id());
        assertEquals(1, asked.size(), "the company's contact is asked by e-mail");
        assertTrue(asked.get(0).endsWith(": 支援終了アンケート") || asked.get(0).endsWith(": Closing survey"),
                "in the contact's language: " + asked);

        // A draft keeps a partial answer; an impossible value is refused and the draft stays as it was.
        var draft = surveys.answer(caseId, mine.id(), List.of(new SurveyAnswer(1, List.of(0), null, null)), false);
        assertEquals("DRAFT", draft.state());
        var bad = assertThrows(InvalidDataException.class,
                () -> surveys.answer(caseId, mine.id(), List.of(new SurveyAnswer(2, null, 9, null)), false));
        assertEquals("survey.rating", bad.messageKey());
        assertEquals(List.of(new SurveyAnswer(1, List.of(0), null, null)), surveys.forCase(caseId).stream()
                .filter(r -> r.id() == mine.id()).findFirst().orElseThrow().answers());

        // Submitting without the required rating is refused under COOP-3; the draft is not lost.
        var missing = assertThrows(RuleViolationException.class,
                () -> surveys.answer(caseId, mine.id(), List.of(new SurveyAnswer(1, List.of(0), null, null)), true));
        assertEquals(RuleId.COOP_3, missing.rule().orElseThrow());
        assertEquals(1, surveys.results(surveyId).rate().drafts());

        // Another company's case cannot reach this copy.
        assertThrows(NotFoundException.class, () -> surveys.answer(caseId + 100_000, mine.id(), List.of(), false));

        var done = surveys.answer(caseId, mine.id(), List.of(new SurveyAnswer(1, List.of(0), null, null),
                new SurveyAnswer(2, null, 5, null), new SurveyAnswer(3, null, null, "=とても良かった, 感謝")), true);
        assertEquals("SUBMITTED", done.state());
        assertThrows(RuleViolationException.class, () -> surveys.answer(caseId, mine.id(), List.of(), false), "final");

        var results = surveys.results(surveyId);
        assertEquals(1, results.rate().submitted());
        assertEquals(0, results.rate().drafts());
        assertEquals(sent, results.rate().sent());

        String csv = surveys.csv(surveyId, "ja");
        assertTrue(csv.contains("調査テスト株式会社,"), csv);
        assertTrue(csv.contains(",はい,5,\"'=とても良かった, 感謝\"\r\n"), csv);
        assertTrue(surveys.csv(surveyId, "en").contains(",Yes,5,"));

        // Reminders go to the others only; after two, a company that has not answered is a non-responder.
        int reminded = surveys.remind(surveyId);
        assertEquals(sent - 1, reminded);
        for (var other : surveys.results(surveyId).recipients()) {
            if (other.id() != mine.id()) {
                assertEquals(1, mailSubjects("survey-reminder:" + other.id() + ":1").size(), "a reminder e-mail to " + other.company());
            }
        }
        assertEquals(List.of(), mailSubjects("survey-reminder:" + mine.id() + ":%"), "none to the company that answered");
        surveys.remind(surveyId);
        var after = surveys.results(surveyId).recipients();
        assertTrue(after.stream().filter(r -> r.id() == mine.id()).noneMatch(SurveyDesk.RecipientView::nonResponder));
        assertEquals(sent - 1, after.stream().filter(SurveyDesk.RecipientView::nonResponder).count());
    }
    @Test
    void adminsListCountsEachSurveyInTheDatabaseAndPagesItsCompaniesByName_COOP_3() throws Exception {
        long programmeId = programmes.findCurrent(LocalDate.now()).orElseThrow().getId();
        long answering = newCase(programmeId, "一覧テスト株式会社A");
        long drafting = newCase(programmeId, "一覧テスト株式会社B");
        newCase(programmeId, "一覧テスト株式会社C");
        long surveyId = surveys.createAndSend(programmeId, "一覧アンケート", "List survey", QUESTIONS, "admin@example.jp");
        long answered = surveys.forCase(answering).stream().filter(r -> r.surveyId() == surveyId).findFirst().orElseThrow().id();
        surveys.answer(answering, answered, List.of(new SurveyAnswer(1, List.of(1), null, null), new SurveyAnswer(2, null, 4, null)), true);
        long drafted = surveys.forCase(drafting).stream().filter(r -> r.surveyId() == surveyId).findFirst().orElseThrow().id();
        surveys.answer(drafting, drafted, List.of(new SurveyAnswer(1, List.of(0), null, null)), false);
        surveys.remind(surveyId);
        surveys.remind(surveyId);

        // The list's rate is counted in the database and agrees with the one computed from every copy.
        var full = surveys.results(surveyId);
        var summary = surveys.summaries(programmeId).stream().filter(x -> x.surveyId() == surveyId).findFirst().orElseThrow();
        assertEquals(full.rate(), summary.rate());
        assertEquals(1, summary.rate().submitted());
        assertEquals(1, summary.rate().drafts());
        assertTrue(summary.sentAt() != null, "sent");
        assertEquals(surveyId, surveys.summaries(programmeId).getFirst().surveyId(), "newest first");

        // The companies come a page at a time, by name, without overlap, in the order of the full list.
        int sent = full.rate().sent();
        assertEquals(sent, surveys.recipientCount(surveyId, false));
        List<Long> paged = new ArrayList<>();
        for (int first = 0; first < sent; first += 2) {
            var page = surveys.recipientPage(surveyId, false, first, 2);
            assertTrue(page.size() <= 2);
            page.forEach(r -> paged.add(r.id()));
        }
        assertEquals(full.recipients().stream().map(SurveyDesk.RecipientView::id).toList(), paged);
        var all = surveys.recipientPage(surveyId, false, 0, sent);
        for (int i = 0; i < sent; i++) {
            var row = all.get(i);
            var view = full.recipients().get(i);
            assertEquals(view.company(), row.company());
            assertEquals(view.state(), row.state(), view.company());
            assertEquals(view.reminders(), row.reminders());
            assertEquals(view.nonResponder(), row.nonResponder(), "two reminders and no answer: " + view.company());
        }

        // ADMIN's follow-up: only those who have not submitted (the draft still counts as not submitted).
        assertEquals(sent - 1, surveys.recipientCount(surveyId, true));
        var pending = surveys.recipientPage(surveyId, true, 0, sent);
        assertEquals(sent - 1, pending.size());
        assertTrue(pending.stream().noneMatch(r -> r.id() == answered));
        assertTrue(pending.stream().anyMatch(r -> r.id() == drafted && "DRAFT".equals(r.state())));
        assertTrue(pending.stream().filter(r -> r.id() != drafted).allMatch(r -> "SENT".equals(r.state()) && r.nonResponder()));
    }
}
