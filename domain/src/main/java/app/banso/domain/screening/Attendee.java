package app.banso.domain.screening;

/** SCREEN-2: who is expected to attend the online screening for the company. */
public enum Attendee { REPRESENTATIVE, BUSINESS_LEAD }
