package org.waymark.app.infra;

/**
 * A register filter the user named and kept, stored in their preferences. Enum values are kept by name so an
 * older preferences file still loads when an enum grows. Null fields do not filter.
 */
public record SavedFilter(String name, String text, String brag, String status, Long ownerId, String keyQuestion,
                          Long coreServiceId, Long sourceId, String priority, boolean overdueOnly, Integer dueWithinDays) {
}
