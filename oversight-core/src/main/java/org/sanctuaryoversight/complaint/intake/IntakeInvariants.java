package org.sanctuaryoversight.complaint.intake;

import org.sanctuaryoversight.ruling.Ruling;

/**
 * The invariants of a filing that must hold whoever sends the command. The intake rules a person can break (a
 * missing narrative, a date in the future) were checked on the plaintext by {@link ComplaintIntakePolicy}, in the
 * person's language, before anything was sealed; these guard the aggregate against a malformed command.
 */
public final class IntakeInvariants {

    private IntakeInvariants() {
    }

    public static Ruling check(FileComplaintCommand command) {
        return Ruling.all(
                Ruling.require(command.complaintId() != null, "FileComplaint", "rule.FileComplaint.identifier"),
                Ruling.require(command.narrative() != null, "FileComplaint", "rule.FileComplaint.narrative"),
                Ruling.require(!command.allegations().isEmpty(), "FileComplaint", "rule.FileComplaint.allegations"),
                Ruling.require(command.receipt() != null, "FileComplaint", "rule.FileComplaint.receipt"),
                Ruling.require(!(command.anonymous() && command.contact() != null), "FileComplaint",
                        "rule.FileComplaint.anonymous"),
                Ruling.require(command.attachments().stream().allMatch(a -> a.attachmentId() != null && a.type() != null),
                        "FileComplaint", "rule.FileComplaint.attachments"));
    }
}
