package org.sanctuaryoversight.report;

/**
 * One published number. Exactly one form is used: {@code value} (exact count), {@code low}/{@code high}
 * with {@code suppression = "primary"} (a small count shown as a range), {@code suppression =
 * "complementary"} (withheld so that another suppressed cell cannot be recovered), {@code decimal}
 * (a median, as a fixed-format string), or nothing at all (not applicable, e.g. a median of no cases).
 */
public record Figure(Long value, Long low, Long high, String decimal, String suppression) {

    public static final String PRIMARY = "primary";
    public static final String COMPLEMENTARY = "complementary";

    public static Figure exact(long value) {
        return new Figure(value, null, null, null, null);
    }

    public static Figure range(long low, long high) {
        return new Figure(null, low, high, null, PRIMARY);
    }

    public static Figure complementary() {
        return new Figure(null, null, null, null, COMPLEMENTARY);
    }

    public static Figure decimal(String decimal) {
        return new Figure(null, null, null, decimal, null);
    }

    public static Figure notApplicable() {
        return new Figure(null, null, null, null, null);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** The figure as a person reads it: {@code 12}, {@code 1-10}, {@code suppressed}, {@code 4.5} or empty. */
    public String text() {
        if (value != null) {
            return Long.toString(value);
        }
        if (PRIMARY.equals(suppression)) {
            return low + "-" + high;
        }
        if (COMPLEMENTARY.equals(suppression)) {
            return "suppressed";
        }
        return decimal == null ? "" : decimal;
    }
}
