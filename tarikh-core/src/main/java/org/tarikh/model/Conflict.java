package org.tarikh.model;

/** A linked pair of events that disagree on one field ({@code date}, a role or an attr). */
public record Conflict(String a, String b, String field, String aValue, String bValue) {
}
