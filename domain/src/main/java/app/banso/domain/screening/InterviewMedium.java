package app.banso.domain.screening;

/** SCREEN-2: the online screening is held on Microsoft Teams; by phone only by exception. */
public enum InterviewMedium { TEAMS, PHONE }
