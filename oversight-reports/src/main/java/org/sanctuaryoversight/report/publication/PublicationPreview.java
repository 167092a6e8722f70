package org.sanctuaryoversight.report.publication;

import org.sanctuaryoversight.report.ReportPublishedEvent;

/**
 * A period's report as it would be published now: the draft (figures and audit), the version it would become, the
 * event it would freeze (labels included; the publication time is the preview's) and the digest a confirmation names.
 */
public record PublicationPreview(ReportDraft draft, int version, ReportPublishedEvent event, String draftDigest) {

    public PublicationConfirmation confirmation() {
        return new PublicationConfirmation(version, draftDigest);
    }
}
