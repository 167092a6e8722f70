package org.sanctuaryoversight.app.web;

/** Nothing matches; answered with 404 and this message, which must not reveal whether anything exists. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
