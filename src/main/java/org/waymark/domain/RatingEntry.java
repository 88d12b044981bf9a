package org.waymark.domain;

/**
 * One cell of an inspection's ratings grid. A null key question means the overall rating for the service;
 * a null core service means the provider-level (trust-wide) rating.
 */
public record RatingEntry(KeyQuestion keyQuestion, Long coreServiceId, Rating rating) {
}
