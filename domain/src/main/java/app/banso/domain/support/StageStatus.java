package app.banso.domain.support;

public enum StageStatus { NOT_STARTED, IN_PROGRESS, DONE }
