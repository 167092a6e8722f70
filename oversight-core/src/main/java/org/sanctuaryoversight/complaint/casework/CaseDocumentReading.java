package org.sanctuaryoversight.complaint.casework;

import static org.sanctuaryoversight.complaint.casework.CaseDocument.list;
import static org.sanctuaryoversight.complaint.casework.CaseDocument.localDate;
import static org.sanctuaryoversight.complaint.casework.CaseDocument.sealedValue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;

/**
 * A case document of {@code casework_cases} read back: as the answers to the casework policies' questions
 * ({@link CaseState}) and as the views of {@link CaseworkQueries}. {@link CaseDocument} writes it.
 */
final class CaseDocumentReading {

    private CaseDocumentReading() {
    }

    /** The answers to the casework policies' questions, from the document. */
    static CaseState state(Document doc) {
        Map<String, Optional<Finding>> allegations = new LinkedHashMap<>();
        list(doc, "allegations").forEach(a -> allegations.put(a.getString("allegationId"),
                Optional.ofNullable(a.getString("finding")).map(Finding::valueOf)));
        Map<String, CaseState.Referral> referrals = new LinkedHashMap<>();
        list(doc, "referrals").forEach(r -> referrals.put(r.getString("referralId"), new CaseState.Referral(
                r.getString("department"), r.get("respondedAt") != null, localDate(r.getString("dueDate")))));
        Map<String, CaseState.Recommendation> recommendations = new LinkedHashMap<>();
        list(doc, "recommendations").forEach(r -> recommendations.put(r.getString("recommendationId"),
                new CaseState.Recommendation(r.getString("department"),
                        Optional.ofNullable(r.getString("answer")).map(RecommendationAnswer::valueOf).orElse(null))));
        return new ReadCaseState(doc.getBoolean("reviewCase", false), doc.getBoolean("acknowledged", false),
                Optional.ofNullable(doc.getString("triage")).map(TriageDecision::valueOf),
                Optional.ofNullable(doc.getString("assigneeId")), doc.getBoolean("withdrawn", false),
                doc.getBoolean("closed", false), allegations, referrals, recommendations);
    }

    /** {@link CaseState} as the read model knows it. */
    record ReadCaseState(boolean reviewCase, boolean acknowledged, Optional<TriageDecision> triage,
                         Optional<String> investigatorId, boolean withdrawn, boolean closed,
                         Map<String, Optional<Finding>> allegations, Map<String, Referral> referrals,
                         Map<String, Recommendation> recommendations) implements CaseState {
    }

    static CaseSummary summary(Document doc) {
        return new CaseSummary(doc.getString("_id"), doc.getBoolean("reviewCase", false),
                CaseStage.valueOf(doc.getString("stage")), CaseListProjection.departments(doc),
                doc.getString("assigneeId"), doc.getString("assigneeName"),
                CaseListProjection.instant(doc.getDate("openedAt")), CaseListProjection.instant(doc.getDate("updatedAt")),
                localDate(doc.getString("acknowledgementDue")), localDate(doc.getString("investigationDue")),
                new LinkedHashSet<>(doc.getList("overdue", String.class, List.of())),
                doc.getString("outcome") == null ? null : CaseOutcome.valueOf(doc.getString("outcome")),
                doc.getString("publicSummary"));
    }

    static CaseDetails details(Document doc) {
        String caseId = doc.getString("_id");
        return new CaseDetails(summary(doc), filedFacts(doc.get("complaint", Document.class)),
                reviewFacts(doc.get("review", Document.class)),
                list(doc, "allegations").stream().map(a -> new AllegationView(a.getString("allegationId"),
                        a.getString("provision"), a.getString("department"),
                        a.getString("finding") == null ? null : Finding.valueOf(a.getString("finding")))).toList(),
                list(doc, "referrals").stream().map(r -> referralView(caseId, r)).toList(),
                list(doc, "recommendations").stream().map(r -> recommendationView(caseId, r)).toList(),
                list(doc, "attachments").stream().map(a -> new AttachmentView(a.getString("attachmentId"),
                        AttachmentType.valueOf(a.getString("type")), ((Number) a.get("sizeBytes")).longValue(),
                        sealedValue(a.get("fileName", Document.class)), a.getString("addedBy"))).toList(),
                state(doc));
    }

    private static FiledFacts filedFacts(Document complaint) {
        if (complaint == null) {
            return null;
        }
        return new FiledFacts(CaseListProjection.instant(complaint.getDate("filedAt")),
                IntakeChannel.valueOf(complaint.getString("channel")), complaint.getString("language"),
                complaint.getBoolean("anonymous", false), complaint.getString("incidentDate"),
                complaint.getList("categories", String.class, List.of()).stream().map(AllegationCategory::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                new LinkedHashSet<>(complaint.getList("departments", String.class, List.of())),
                sealedValue(complaint.get("narrative", Document.class)),
                sealedValue(complaint.get("location", Document.class)));
    }

    private static ReviewFacts reviewFacts(Document review) {
        return review == null ? null : new ReviewFacts(review.getString("reasonCode"), review.getString("reason"),
                review.getString("sourceReference"));
    }

    static ReferralView referralView(String caseId, Document r) {
        return new ReferralView(caseId, r.getString("referralId"), r.getString("department"),
                CaseListProjection.instant(r.getDate("sentAt")), localDate(r.getString("dueDate")),
                CaseListProjection.instant(r.getDate("respondedAt")), r.getBoolean("overdue", false),
                sealedValue(r.get("questions", Document.class)), sealedValue(r.get("response", Document.class)));
    }

    static RecommendationView recommendationView(String caseId, Document r) {
        return new RecommendationView(caseId, r.getString("recommendationId"), r.getString("department"),
                r.getString("text"), CaseListProjection.instant(r.getDate("madeAt")),
                r.getString("answer") == null ? null : RecommendationAnswer.valueOf(r.getString("answer")),
                CaseListProjection.instant(r.getDate("answeredAt")));
    }
}
