package org.sanctuaryoversight.app.web;

/** One field that needs attention, with a message a person understands. */
public record FieldError(String field, String message) {
}
