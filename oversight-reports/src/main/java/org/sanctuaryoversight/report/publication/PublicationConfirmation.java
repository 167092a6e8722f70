package org.sanctuaryoversight.report.publication;

/**
 * What the ombudsperson confirmed after reading the preview: the version it would become and the digest of exactly
 * the figures and labels previewed. Publishing refuses a missing confirmation, and a stale one (the figures changed,
 * or someone else published meanwhile), so what is published is what was read.
 */
public record PublicationConfirmation(int version, String draftDigest) {
}
