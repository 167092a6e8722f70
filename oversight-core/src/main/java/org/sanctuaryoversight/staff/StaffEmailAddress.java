package org.sanctuaryoversight.staff;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a member of staff receives notifications at. Checked where it is typed and again by the account
 * aggregate: one {@code @}, a dot in the domain, no spaces or line breaks (it goes into a mail header), at most 254
 * characters (the longest address SMTP carries). Only the domain is lower-cased: the local part may be case-sensitive.
 */
public final class StaffEmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}$");

    private StaffEmailAddress() {
    }

    /** True for an address this service can send to. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
    }

    /** The address as stored: stripped, the domain lower-cased; empty for a blank value (no address). */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String address = typed.strip();
        int at = address.lastIndexOf('@');
        return Optional.of(at < 0 ? address : address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT));
    }
}
