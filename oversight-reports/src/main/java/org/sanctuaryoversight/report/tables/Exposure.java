package org.sanctuaryoversight.report.tables;

/** A suppressed cell a reader can pin down to {@code [low, high]}, narrower than the protection allows. */
public record Exposure(CellRef cell, long low, long high) {

    public String reason() {
        return low == high
                ? cell + " can be recovered exactly (" + low + ") from the published figures"
                : cell + " can be narrowed to " + low + "-" + high + " from the published figures";
    }
}
