package app.banso.domain.support;

/** PERIOD-1: the three parties who agree the support period and plan. */
public enum Party { COMPANY, JETRO, COORDINATOR }
