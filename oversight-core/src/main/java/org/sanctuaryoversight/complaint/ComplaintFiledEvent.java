package org.sanctuaryoversight.complaint;

import java.time.Instant;
import java.util.Set;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * A complaint was filed. Statistical fields (departments, categories, channel, language, anonymity,
 * approximate date) stay in clear so the 90-day report never depends on personal data; narrative,
 * location and contact are {@link Sealed} and disappear for good when the complaint's key is shredded.
 *
 * @param location null when not given
 * @param contact  null for an anonymous complaint or when no contact details were given
 */
public record ComplaintFiledEvent(String complaintId, Instant filedAt, Sealed narrative, ApproximateDate incidentDate,
                                  Sealed location, Set<String> departments, Set<AllegationCategory> allegations,
                                  IntakeChannel channel, String language, boolean anonymous, Sealed contact,
                                  ReceiptCredential receipt) {
}
