package app.banso.ejb.intake;

import app.banso.domain.intake.Application;
import app.banso.domain.intake.ApplicationCheck;
import app.banso.domain.intake.ApplicationEventType;
import app.banso.domain.intake.ApplicationStatus;
import app.banso.domain.intake.ChangeRequest;
import app.banso.domain.intake.Company;
import app.banso.domain.intake.CompanyAnswers;
import app.banso.domain.intake.ConsentContent;
import app.banso.domain.intake.ConsentDocument;
import app.banso.domain.intake.CorporateNumber;
import app.banso.domain.intake.WaitingListEntry;
import app.banso.domain.intake.WebsiteUrl;
import app.banso.domain.programme.Programme;
import app.banso.domain.screening.RuleEvaluation;
import app.banso.domain.shared.BusinessException;
import app.banso.domain.shared.ConflictException;
import app.banso.domain.shared.NotFoundException;
import app.banso.domain.shared.RuleId;
import app.banso.domain.shared.RuleViolationException;
import app.banso.ejb.audit.AuditLog;
import app.banso.ejb.calendar.CalendarFile;
import app.banso.ejb.calendar.InterviewCalendar;
import app.banso.persistence.intake.ApplicationRepository;
import app.banso.persistence.intake.ChangeRequestRepository;
import app.banso.persistence.intake.CompanyRepository;
import app.banso.persistence.intake.ConsentRepository;
import app.banso.persistence.intake.WaitingListRepository;
import app.banso.persistence.programme.ProgrammeRepository;
import app.banso.persistence.screening.ScreeningRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The intake use cases for one applicant account, whose id the boundary
 * ({@link ApplicationService}) resolved from the signed-in caller. Not a boundary itself: the web
 * layer never calls it; each method runs in the boundary's transaction (or its own, when a test
 * calls it directly). Every rule of the application journey is enforced here or in the domain.
 */
@Stateless
@PermitAll
public class IntakeDesk {

    @Inject private ProgrammeRepository programmes;
    @Inject private ApplicationRepository applications;
    @Inject private CompanyRepository companies;
    @Inject private ConsentRepository consents;
    @Inject private WaitingListRepository waitingList;
    @Inject private ChangeRequestRepository changeRequests;
    @Inject private ApplicantMail applicantMail;
    @Inject private ScreeningRepository screening;
    @Inject private InterviewCalendar interviewCalendar;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    public Optional<Application> find(long programmeId, long accountId) {
        return applications.findByOwner(programmeId, accountId);
    }

    /** APPLY-2: the applicant's draft, started on first use; intake must be open (APPLY-4). */
    public Application startOrResume(long programmeId, long accountId) {
        Optional<Application> existing = applications.findByOwner(programmeId, accountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Programme programme = programmes.find(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
        if (!programme.isIntakeOpenOn(LocalDate.now(clock))) {
            throw new RuleViolationException(RuleId.APPLY_4, "intake.closed");
        }
        Application draft = applications.add(new Application(programme, accountId, clock.instant()));
        audit.record("APPLICATION_STARTED", "application:" + draft.getId(), null);
        return draft;
    }

    /** APPLY-2: stores the answers as typed; never refuses incomplete or ineligible answers. */
    public Application saveDraft(long programmeId, long accountId, ApplicationDraft draft) {
        Application application = startOrResume(programmeId, accountId);
        boolean changed = application.saveDraft(draft.answers(), clock.instant());
        // Checked after the change, which the exception rolls back (BusinessException rolls back,
        // ejb-jar.xml): a save that changes nothing (a step of the form) needs no lookup.
        if (changed && waitingList.findByApplication(application.getId()).filter(WaitingListEntry::isWaiting).isPresent()) {
            throw new RuleViolationException(RuleId.APPLY_4, "waitingList.locked");
        }
        return application;
    }

    /**
     * APPLY-2 → SUBMITTED (COMPLETE at once with the consent form, APPLY-1). Refused after the
     * closing date and when the capacity is reached (APPLY-4: the programme row is locked, so
     * concurrent submissions for the last places are counted one after the other), on a failing
     * EX/TALENT rule, a missing declaration, or a corporate number already used in the programme.
     */
    public Application submit(long programmeId, long accountId) {
        Programme programme = programmes.lock(programmeId);
        Application application = applications.findByOwner(programmeId, accountId)
                .orElseThrow(() -> new NotFoundException("application", "draft"));
        requireIntakeOpen(programme);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            return application; // a repeated submit (double click, replay) changes nothing
        }
        if (waitingList.findByApplication(application.getId()).filter(WaitingListEntry::isWaiting).isPresent()) {
            throw new RuleViolationException(RuleId.APPLY_4, "waitingList.locked");
        }
        CompanyAnswers answers = application.getCompanyAnswers();
        ApplicationCheck.requireSubmittable(answers, application.getEligibility(), application.getPositions(),
                application.getMotivation(), application.getDeclarations());
        if (remainingPlaces(programme) == 0) {
            throw new RuleViolationException(RuleId.APPLY_4, "intake.full");
        }
        place(programme, application);
        return application;
    }

    /** APPLY-4: a complete draft joins the waiting list when the programme is full. */
    public WaitingListEntry joinWaitingList(long programmeId, long accountId) {
        Programme programme = programmes.lock(programmeId);
        Application application = applications.findByOwner(programmeId, accountId)
                .orElseThrow(() -> new NotFoundException("application", "draft"));
        requireIntakeOpen(programme);
        Optional<WaitingListEntry> existing = waitingList.findByApplication(application.getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new RuleViolationException(RuleId.APPLY_4, "waitingList.notForSubmitted");
        }
        if (remainingPlaces(programme) > 0) {
            throw new RuleViolationException(RuleId.APPLY_4, "waitingList.placesLeft");
        }
        ApplicationCheck.requireSubmittable(application.getCompanyAnswers(), application.getEligibility(),
                application.getPositions(), application.getMotivation(), application.getDeclarations());
        WaitingListEntry entry = new WaitingListEntry(programme.getId(), application.getId(), clock.instant());
        waitingList.add(entry);
        application.note(ApplicationEventType.WAITLISTED, clock.instant(), null);
        mail(application, "waitlisted", "waitlisted:" + application.getId());
        audit.record("WAITING_LIST_JOINED", "application:" + application.getId(), null);
        return entry;
    }

    /**
     * APPLY-3: withdrawal before the decision, reason optional, confirmed by e-mail. A place it
     * held goes to the first applicant on the waiting list.
     */
    public Application withdraw(long programmeId, long accountId, String reason) {
        Programme programme = programmes.lock(programmeId);
        Application application = applications.findByOwner(programmeId, accountId)
                .orElseThrow(() -> new NotFoundException("application", "draft"));
        boolean heldAPlace = application.countsAgainstCapacity(programme.getCapacityBasis());
        boolean screeningProposed = application.getStatus() == ApplicationStatus.INTERVIEW_SCHEDULED;
        application.withdraw(reason, clock.instant());
        waitingList.findByApplication(application.getId()).filter(WaitingListEntry::isWaiting)
                .ifPresent(e -> e.leave(clock.instant()));
        // A screening still ahead leaves the applicant's calendar with the e-mail (SCREEN-2).
        Optional<byte[]> cancelled = !screeningProposed ? Optional.empty() : interviewCalendar.cancellation(application,
                screening.findByApplication(application.getId()), applicantMail.languageOf(application), clock.instant());
        if (cancelled.isPresent()) {
            applicantMail.sendWithAttachment(application, "withdrawn", "withdrawn:" + application.getId(),
                    InterviewCalendar.cancellationFileName(application.getId()), CalendarFile.CANCEL_CONTENT_TYPE, cancelled.get());
        } else {
            mail(application, "withdrawn", "withdrawn:" + application.getId());
        }
        audit.record("APPLICATION_WITHDRAWN", "application:" + application.getId(), reason == null ? null : "reason given");
        if (heldAPlace) {
            promoteFromWaitingList(programme);
        }
        return application;
    }

    /**
     * Gives free places to the waiting list in arrival order: each promoted draft is submitted
     * and its applicant told by e-mail. Callers hold the programme lock.
     */
    public int promoteFromWaitingList(Programme programme) {
        int promoted = 0;
        while (remainingPlaces(programme) > 0) {
            Optional<WaitingListEntry> first = waitingList.first(programme.getId());
            if (first.isEmpty()) {
                break;
            }
            WaitingListEntry entry = first.get();
            Application application = applications.find(entry.getApplicationId()).orElseThrow();
            entry.promote(clock.instant());
            if (application.getStatus() != ApplicationStatus.DRAFT) {
                continue;
            }
            try {
                place(programme, application);
            } catch (BusinessException e) {
                // This draft cannot take the place (e.g. its corporate number is already used):
                // the next in line gets it; the withdrawal that freed the place still succeeds.
                entry.leave(clock.instant());
                audit.record("WAITING_LIST_SKIPPED", "application:" + application.getId(), e.messageKey());
                continue;
            }
            application.note(ApplicationEventType.PROMOTED_FROM_WAITING_LIST, clock.instant(), null);
            mail(application, "promoted", "promoted:" + application.getId());
            promoted++;
        }
        return promoted;
    }

    /**
     * APPLY-1: stores the checked consent form (bytes in the database, generated name, SHA-256)
     * and records its receipt; replaces an earlier one until submission.
     */
    public Application uploadConsent(long programmeId, long accountId, CheckedPdf pdf, byte[] content) {
        Application application = startOrResume(programmeId, accountId);
        application.receiveConsent(clock.instant());
        Optional<ConsentDocument> existing = consents.findDocument(application.getId());
        if (existing.isPresent()) {
            existing.get().replace(pdf.safeFileName(), pdf.size(), pdf.sha256Hex(), pdf.pages(), clock.instant());
            consents.findContent(application.getId()).orElseThrow().replace(content);
        } else {
            consents.add(new ConsentDocument(application.getId(), pdf.safeFileName(), pdf.size(), pdf.sha256Hex(), pdf.pages(),
                    clock.instant()), new ConsentContent(application.getId(), content));
        }
        audit.record("CONSENT_UPLOADED", "application:" + application.getId(), "sha256=" + pdf.sha256Hex());
        return application;
    }

    /** After submission, changes go to staff as a message (the form is read-only). */
    public void requestChange(long programmeId, long accountId, String text, String author) {
        Application application = applications.findByOwner(programmeId, accountId)
                .orElseThrow(() -> new NotFoundException("application", "draft"));
        if (application.getStatus() == ApplicationStatus.DRAFT || application.getStatus().isFinal()) {
            throw new RuleViolationException(RuleId.APPLY_2, "changeRequest.notNow");
        }
        changeRequests.add(new ChangeRequest(application.getId(), text, author, clock.instant()));
        application.note(ApplicationEventType.CHANGE_REQUESTED, clock.instant(), null);
        audit.record("CHANGE_REQUESTED", "application:" + application.getId(), null);
    }

    public int remainingPlaces(Programme programme) {
        return programme.remainingPlaces(applications.countAgainstCapacity(programme.getId(), programme.getCapacityBasis()));
    }

    private void place(Programme programme, Application application) {
        CompanyAnswers answers = application.getCompanyAnswers();
        CorporateNumber number = CorporateNumber.of(answers.getCorporateNumber());
        if (applications.existsWithCorporateNumber(programme.getId(), number.value(), application.getId())) {
            throw new ConflictException(RuleId.APPLY_4, "application.duplicateCorporateNumber");
        }
        Company company = companies.findByCorporateNumber(number).orElseGet(() -> companies.add(
                new Company(number, answers.getLegalNameJa(), answers.getLegalNameEn(), answers.getLegalForm())));
        company.rename(answers.getLegalNameJa(), answers.getLegalNameEn());
        company.changeLegalForm(answers.getLegalForm());
        if (answers.getWebsiteUrl() != null) {
            company.changeWebsite(WebsiteUrl.of(answers.getWebsiteUrl()));
        }
        application.submit(company, clock.instant());
        var evaluatedAt = clock.instant();
        screening.replaceEvaluation(application.getId(), application.evaluateEligibility().stream()
                .map(r -> new RuleEvaluation(application.getId(), r, evaluatedAt)).toList());
        mail(application, "receipt", "receipt:" + application.getId());
        audit.record("APPLICATION_SUBMITTED", "application:" + application.getId(), "status=" + application.getStatus());
    }

    private void requireIntakeOpen(Programme programme) {
        if (!programme.isIntakeOpenOn(LocalDate.now(clock))) {
            throw new RuleViolationException(RuleId.APPLY_4, "intake.closed");
        }
    }

    private void mail(Application application, String template, String dedupKey) {
        applicantMail.send(application, template, dedupKey);
    }

}
