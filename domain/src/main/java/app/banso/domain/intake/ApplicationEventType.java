package app.banso.domain.intake;

/** What happened to an application; the applicant's status page shows these as a timeline. */
public enum ApplicationEventType {
    DRAFT_STARTED, SUBMITTED, CONSENT_RECEIVED, CONSENT_REPLACED, COMPLETED, WAITLISTED, PROMOTED_FROM_WAITING_LIST,
    CHANGE_REQUESTED, DOCUMENT_SCREENING_STARTED, INTERVIEW_SCHEDULED, ADOPTED, REJECTED, WITHDRAWN, DEEMED_WITHDRAWN
}
