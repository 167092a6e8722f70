package org.sanctuaryoversight.report;

/** Why a period's report cannot be published now; the reason code names a message for people. */
public class ReportNotPublishableException extends RuntimeException {

    /** Each reason has the message key {@code reports.blocked.<NAME>} in the application's bundle. */
    public enum Reason {
        UNKNOWN_PERIOD,
        PERIOD_NOT_ENDED,
        PREVIOUS_PERIOD_UNPUBLISHED,
        DISCLOSURE_AUDIT_FAILED,
        ERRATUM_REQUIRED,
        ERRATUM_TOO_LONG,
        PREVIOUS_MANIFEST_REQUIRED,
        NOT_OMBUDSPERSON,
        /** Publishing needs the preview read and the period and version confirmed. */
        CONFIRMATION_REQUIRED,
        /** The figures, or the next version number, changed since the preview that was confirmed. */
        PREVIEW_OUTDATED
    }

    private final Reason reason;

    public ReportNotPublishableException(Reason reason, String detail) {
        super(reason.name() + (detail == null || detail.equals(reason.name()) ? "" : ": " + detail));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
