package org.sanctuaryoversight.app.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.notification.Addressee;
import org.sanctuaryoversight.notification.Addressee.*;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffAccountQueries.FindNotificationAddressesQuery;
import org.sanctuaryoversight.staff.StaffAccountQueries.FindStaffAccountQuery;
import org.sanctuaryoversight.staff.StaffAccountQueries.NotificationAddress;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * Turns "who must act" into people with an address. Staff addresses come from the accounts read model (enabled
 * accounts only). A complainant's address is opened from the sealed contact with the vault only at the moment of
 * sending, only if they asked for the notice, and never kept or logged; after shredding there is none.
 */
record Recipients(QueryGateway queries, CaseHistory history, PersonalDataVault vault, ObjectMapper json,
                  Locale staffLocale) {

    /** Where one letter goes, and in which language. */
    record Recipient(String address, Locale locale) {
        @Override
        public String toString() {
            return "Recipient[" + locale + "]";
        }
    }

    /** The members of staff an addressee means who have an address now, by user id (none for the complainant). */
    List<String> staffIds(Addressee addressee) {
        if (addressee instanceof Ombudspersons) {
            return addresses(StaffRole.OMBUDSPERSON, null);
        }
        if (addressee instanceof LiaisonsOf liaisons) {
            return addresses(StaffRole.DEPARTMENT_LIAISON, liaisons.department());
        }
        if (addressee instanceof Staff staff) {
            return staffAddress(staff.userId()).isPresent() ? List.of(staff.userId()) : List.of();
        }
        return List.of();
    }

    /** Where the letter goes now; empty when nobody is to receive it any more. */
    Optional<Recipient> of(Letter letter) {
        if (!letter.toComplainant()) {
            return staffAddress(letter.staffId()).map(address -> new Recipient(address, staffLocale));
        }
        return history.filing(letter.caseId())
                .filter(filed -> filed.contact() != null)
                .flatMap(filed -> vault.open(filed.contact(), letter.caseId(), "contact", letter.caseId())
                        .flatMap(plaintext -> ContactDetails.fromJson(json, plaintext).noticeAddress())
                        .map(address -> new Recipient(address, Locale.forLanguageTag(filed.language()))));
    }

    private Optional<String> staffAddress(String userId) {
        return queries.query(new FindStaffAccountQuery(userId), ResponseTypes.optionalInstanceOf(StaffAccountView.class))
                .join().filter(account -> !account.disabled()).map(StaffAccountView::email);
    }

    private List<String> addresses(StaffRole role, String department) {
        return queries.query(new FindNotificationAddressesQuery(role, department),
                ResponseTypes.multipleInstancesOf(NotificationAddress.class)).join().stream()
                .map(NotificationAddress::userId).toList();
    }
}
