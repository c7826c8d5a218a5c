package app.banso.domain.support;

public enum VisitState { SCHEDULED, CONFIRMED, DONE, CANCELLED }
