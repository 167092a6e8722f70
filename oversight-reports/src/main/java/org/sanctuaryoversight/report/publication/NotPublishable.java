package org.sanctuaryoversight.report.publication;

import java.util.Arrays;
import java.util.Optional;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * Why a period's report cannot be published now: each reason is a {@link Ruling} of the rule
 * {@value #RULE} with the message key {@code reports.blocked.<NAME>} (the public reports bundle, every language; the
 * message takes the period's number). A refusal says it with {@link Refusal}, like every other rule.
 */
public enum NotPublishable {
    UNKNOWN_PERIOD(Ruling.Kind.NOT_FOUND),
    PERIOD_NOT_ENDED(Ruling.Kind.CONFLICT),
    PREVIOUS_PERIOD_UNPUBLISHED(Ruling.Kind.CONFLICT),
    DISCLOSURE_AUDIT_FAILED(Ruling.Kind.CONFLICT),
    ERRATUM_REQUIRED(Ruling.Kind.CONFLICT),
    ERRATUM_TOO_LONG(Ruling.Kind.INVALID),
    PREVIOUS_MANIFEST_REQUIRED(Ruling.Kind.CONFLICT),
    NOT_OMBUDSPERSON(Ruling.Kind.FORBIDDEN),
    /** Publishing needs the preview read and the period and version confirmed. */
    CONFIRMATION_REQUIRED(Ruling.Kind.INVALID),
    /** The figures, or the next version number, changed since the preview that was confirmed. */
    PREVIEW_OUTDATED(Ruling.Kind.CONFLICT);

    /** The rule's name in every refusal (clients and logs may rely on it). */
    public static final String RULE = "ReportPublicationRule";

    private final Ruling ruling;

    NotPublishable(Ruling.Kind kind) {
        this.ruling = new Ruling(false, RULE, "reports.blocked." + name(), kind, null);
    }

    public Ruling ruling() {
        return ruling;
    }

    /** Refuses the publication for this reason; {@code detail} goes to logs and tests only. */
    public Refusal refusal(String detail) {
        return new Refusal(ruling, detail);
    }

    /** The reason a refusal names, if it is one of publication's. */
    public static Optional<NotPublishable> of(Refusal refusal) {
        return Arrays.stream(values()).filter(reason -> reason.ruling.equals(refusal.ruling())).findFirst();
    }
}
