package app.banso.ejb.intake;

import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationCheck;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.ChangeRequest;
import app.banso.domain.intake.ConsentDocument;
import app.banso.domain.intake.FormAnswers;
import app.banso.domain.intake.WaitingListEntry;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.ScreeningRecord;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.ejb.platform.Roles;
import app.banso.ejb.programme.CurrentProgramme;
import app.banso.persistence.account.UserAccountRepository;
import app.banso.persistence.intake.ChangeRequestRepository;
import app.banso.persistence.intake.ConsentRepository;
import app.banso.persistence.intake.WaitingListRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The applicant's boundary: one method per use case, each one transaction. The application is
 * always the signed-in applicant's own, found from the caller's identity: no id from the
 * screen is trusted.
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.SCREENER, Roles.COORDINATOR, Roles.ADMIN})
@RolesAllowed(Roles.APPLICANT)
public class ApplicationService {

    @Inject private IntakeDesk desk;
    @Inject private ProgrammeRepository programmes;
    @Inject private CurrentProgramme currentProgramme;
    @Inject private UserAccountRepository accounts;
    @Inject private ConsentRepository consents;
    @Inject private WaitingListRepository waitingList;
    @Inject private ChangeRequestRepository changeRequests;
    @Inject private Clock clock;
    @Inject private ScreeningRepository screening;
    @Inject private AuditLog audit;
    @Inject private InterviewCalendar interviewCalendar;
    @Resource private SessionContext context;

    @Inject
    @ConfigProperty(name = "banso.consent.max-bytes", defaultValue = "10485760")
    long maxConsentBytes;

    /** The caller's application, if they have started one. */
    public Optional<ApplicationView> mine() {
        return desk.find(programmeId(), callerId()).map(this::view);
    }

    /** Opens the form: the saved draft, or a new one (APPLY-2). */
    public ApplicationView startOrResume() {
        return view(desk.startOrResume(programmeId(), callerId()));
    }

    /** Autosave (APPLY-2): stores what was typed and answers with the live eligibility. */
    public DraftSaved saveDraft(@NotNull @Valid ApplicationDraft draft) {
        Application a = desk.saveDraft(programmeId(), callerId(), draft);
        FormAnswers answers = a.getAnswers();
        return new DraftSaved(a.getDraftSavedAt().orElse(clock.instant()), a.evaluateEligibility(),
                ApplicationCheck.missingFields(answers.company(), answers.eligibility(), answers.positions(), answers.motivation()),
                ApplicationCheck.fieldProblems(answers.company()));
    }

    /** Confirms the application (APPLY-1, APPLY-2, APPLY-4, EX, TALENT, LAW, COOP, PRIV). */
    public ApplicationView submit() {
        return view(desk.submit(programmeId(), callerId()));
    }

    /** APPLY-4: waits for a place while the programme is full. */
    public ApplicationView joinWaitingList() {
        long accountId = callerId();
        long programmeId = programmeId();
        desk.joinWaitingList(programmeId, accountId);
        return view(desk.find(programmeId, accountId).orElseThrow());
    }

    /** APPLY-3. */
    public ApplicationView withdraw(String reason) {
        return view(desk.withdraw(programmeId(), callerId(), reason));
    }

    /** APPLY-1: the signed consent form, checked (real PDF, size, not encrypted, has pages). */
    public ApplicationView uploadConsent(@NotNull byte[] content, String fileName) {
        CheckedPdf pdf = new ConsentPdfChecker().check(content, fileName, maxConsentBytes);
        return view(desk.uploadConsent(programmeId(), callerId(), pdf, content));
    }

    /** The consent form to print, sign and seal, prefilled with the company's answers. */
    public byte[] consentFormToSign() {
        Programme p = programme();
        Application a = desk.startOrResume(p.getId(), callerId());
        var c = a.getCompanyAnswers();
        String address = String.join(" ", Stream.of(c.getPostalCode() == null ? null : "〒" + c.getPostalCode(),
                        c.getPrefecture() == null ? null : PREFECTURES_JA.get(c.getPrefecture().ordinal()), c.getAddress())
                .filter(Objects::nonNull).toList());
        return new ConsentFormPdf().render(new ConsentFormData(p.getFiscalYear(), p.getNameJa(),
                c.getLegalNameJa() == null ? "（法人名未入力）" : c.getLegalNameJa(), c.getCorporateNumber(), address,
                c.getRepresentativeTitle(), c.getRepresentativeName(), c.getContactName(), c.getContactDepartment(),
                c.getContactEmail(), c.getContactPhone(), LocalDate.now(clock)));
    }

    /** The applicant's own uploaded consent form. */
    public Optional<ConsentFile> myConsentFile() {
        return desk.find(programmeId(), callerId())
                .flatMap(a -> consents.findDocument(a.getId()).flatMap(d -> consents.findContent(a.getId())
                        .map(c -> new ConsentFile(d.getOriginalName(), c.getContent()))));
    }

    /** After submission: a message to staff asking for a change. */
    public ApplicationView requestChange(@NotNull String text) {
        long me = callerId();
        desk.requestChange(programmeId(), me, text, context.getCallerPrincipal().getName());
        return view(desk.find(programmeId(), me).orElseThrow());
    }

    /** Prefecture names as printed on Japanese documents, in {@link app.banso.domain.intake.Prefecture} order. */
    private static final List<String> PREFECTURES_JA = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県",
            "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県",
            "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
            "宮崎県", "鹿児島県", "沖縄県");

    public record ConsentFile(String fileName, byte[] content) implements Serializable {
    }

    private ApplicationView view(Application a) {
        ApplicationView.ConsentInfo consent = consents.findDocument(a.getId())
                .map(d -> new ApplicationView.ConsentInfo(d.getOriginalName(), d.getSizeBytes(), d.getSha256(), d.getUploadedAt()))
                .orElse(null);
        Long position = waitingList.findByApplication(a.getId()).filter(WaitingListEntry::isWaiting)
                .map(waitingList::position).orElse(null);
        // One copy of the answers: the checks only read it, then the screen edits it as its draft.
        FormAnswers answers = a.getAnswers();
        return new ApplicationView(a.getId(), a.getStatus(),
                new ApplicationDraft(answers),
                a.evaluateEligibility(),
                ApplicationCheck.missingFields(answers.company(), answers.eligibility(), answers.positions(), answers.motivation()),
                ApplicationCheck.fieldProblems(answers.company()),
                a.getDraftSavedAt().orElse(null), a.getSubmittedAt().orElse(null), consent, position,
                a.getEvents().stream().map(e -> new ApplicationView.TimelineEntry(e.getType(), e.getOccurredAt())).toList(),
                // A draft has no change requests (they are refused before submission) and only an
                // application with a proposed interview shows one: no query for the others.
                a.getStatus() == ApplicationStatus.DRAFT ? List.of()
                        : changeRequests.byApplication(a.getId()).stream().map(ChangeRequest::getText).toList(),
                a.getStatus() != ApplicationStatus.INTERVIEW_SCHEDULED ? null
                        : screening.findByApplication(a.getId()).filter(r -> r.getNoticeSentAt().isPresent())
                        .map(r -> new ApplicationView.InterviewInfo(r.getInterviewAt().orElse(null),
                                r.getInterviewMedium().map(Enum::name).orElse(null), r.getTeamsUrl().orElse(null),
                                r.getAttendee().map(Enum::name).orElse(null), r.getConfirmedAt().orElse(null)))
                        .orElse(null));
    }

    /** SCREEN-2: the applicant confirms attendance of the proposed online screening. */
    public ApplicationView confirmInterview() {
        Application a = desk.find(programmeId(), callerId()).orElseThrow(() -> new NotFoundException("application", "own"));
        if (a.getStatus() != ApplicationStatus.INTERVIEW_SCHEDULED) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview");
        }
        screening.findByApplication(a.getId()).orElseThrow(() -> new NotFoundException("screening", a.getId()))
                .confirmAttendance(clock.instant());
        audit.record("INTERVIEW_CONFIRMED", "application:" + a.getId(), null);
        return view(a);
    }

    /**
     * SCREEN-2: the proposed online screening as a calendar file for the applicant's calendar
     * (the same event as the one attached to the proposal e-mail), in {@code language}.
     * @throws RuleViolationException SCREEN-2 when no online screening is waiting
     */
    public byte[] interviewCalendar(String language) {
        Application a = desk.find(programmeId(), callerId()).orElseThrow(() -> new NotFoundException("application", "own"));
        if (a.getStatus() != ApplicationStatus.INTERVIEW_SCHEDULED) {
            throw new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview");
        }
        ScreeningRecord r = screening.findByApplication(a.getId())
                .orElseThrow(() -> new RuleViolationException(RuleId.SCREEN_2, "screening.noInterview"));
        return interviewCalendar.file(a, r, InterviewCalendar.Audience.APPLICANT, language);
    }

    /** The signed-in applicant's account id (the principal's name is the account's address). */
    private long callerId() {
        String email = context.getCallerPrincipal().getName();
        return accounts.idOf(email).orElseThrow(() -> new NotFoundException("account", email));
    }

    /**
     * The current programme's id, remembered per node for a minute ({@link CurrentProgramme}):
     * autosave runs on every change of every field (issue 8: one statement less per request). It
     * only picks the programme; every rule reads the programme's row (capacity, dates).
     */
    private long programmeId() {
        return currentProgramme.id().orElseThrow(() -> new NotFoundException("programme", "current"));
    }

    private Programme programme() {
        return programmes.findCurrent(LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("programme", "current"));
    }
}
