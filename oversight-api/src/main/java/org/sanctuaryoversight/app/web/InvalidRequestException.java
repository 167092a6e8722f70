package org.sanctuaryoversight.app.web;

import java.util.List;

/** A request the web layer itself found invalid; answered with 400 and the field errors. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("Invalid request", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
