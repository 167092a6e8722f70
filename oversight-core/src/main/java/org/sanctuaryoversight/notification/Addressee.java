package org.sanctuaryoversight.notification;

/** Who a notification is for, before it is known which addresses that means. */
public sealed interface Addressee {

    /** Every enabled ombudsperson (the office decides who acts). */
    record Ombudspersons() implements Addressee {
    }

    /** One member of staff, by user id. */
    record Staff(String userId) implements Addressee {
    }

    /** Every enabled liaison of one department. */
    record LiaisonsOf(String department) implements Addressee {
    }

    /** The person who filed the complaint, if they gave an e-mail address and asked to be told. */
    record Complainant() implements Addressee {
    }
}
