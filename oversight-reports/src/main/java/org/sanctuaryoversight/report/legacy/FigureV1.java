package org.sanctuaryoversight.report.legacy;

/**
 * One published number. Exactly one form is used: {@code value} (exact count), {@code low}/{@code high}
 * with {@code suppression = "primary"} (a small count shown as a range), {@code suppression =
 * "complementary"} (withheld so that another suppressed cell cannot be recovered), {@code decimal}
 * (a median, as a fixed-format string), or nothing at all (not applicable, e.g. a median of no cases).
 */
record FigureV1(Long value, Long low, Long high, String decimal, String suppression) {

    public static final String PRIMARY = "primary";
    public static final String COMPLEMENTARY = "complementary";

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
