package org.sanctuaryoversight.report.rendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.tables.AccountabilityTables;

/**
 * The report's headline in words, generated from its own published tables: complaints received (against the previous
 * period), cases closed and their outcomes, department answers on time, federal requests documented and flagged
 * (against the previous period) and requests documented late. Every number is a published figure, in the form the
 * table publishes it, so the headline is under the same disclosure control as the tables.
 */
public final class Headline {

    /** A number the headline states, and the table cell it comes from. */
    public record Fact(String name, String table, List<String> keys, int measure, Figure figure) {
    }

    private Headline() {
    }

    public static List<Fact> facts(ReportPublishedEvent report) {
        List<Fact> facts = new ArrayList<>();
        fact(report, "received", "complaints_received", "complaints_received", 0).ifPresent(facts::add);
        previous(report).ifPresent(row -> {
            facts.add(new Fact("previousReceived", AccountabilityTables.TRENDS, row.keys(), 0, row.figures().get(0)));
            facts.add(new Fact("previousFederal", AccountabilityTables.TRENDS, row.keys(), 1, row.figures().get(1)));
            facts.add(new Fact("previousFlagged", AccountabilityTables.TRENDS, row.keys(), 2, row.figures().get(2)));
        });
        fact(report, "closed", "closed_by_outcome", PublishedTable.TOTAL, 0).ifPresent(facts::add);
        report.findTable("closed_by_outcome").ifPresent(table -> table.rows().stream()
                .filter(row -> !row.keys().get(0).equals(PublishedTable.TOTAL))
                .sorted(Comparator.comparingLong((PublishedRow row) -> -value(row.figures().get(0)))
                        .thenComparing(row -> row.keys().get(0)))
                .forEach(row -> facts.add(new Fact("outcome", table.id(), row.keys(), 0, row.figures().get(0)))));
        fact(report, "answersOnTime", "pipeline", "department_responses_on_time", 0).ifPresent(facts::add);
        fact(report, "answersLate", "pipeline", "department_responses_late", 0).ifPresent(facts::add);
        fact(report, "federal", "federal_requests", PublishedTable.TOTAL, 0).ifPresent(facts::add);
        fact(report, "flagged", "federal_requests", PublishedTable.TOTAL, 1).ifPresent(facts::add);
        fact(report, "documentedLate", AccountabilityTables.DOCUMENTED_LATE, PublishedTable.TOTAL, 0)
                .filter(late -> value(late.figure()) > 0).ifPresent(facts::add);
        return facts;
    }

    public static List<String> sentences(ReportPublishedEvent report, ReportWords words) {
        List<Fact> facts = facts(report);
        List<String> sentences = new ArrayList<>();
        find(facts, "received").ifPresent(received -> sentences.add(words.text("headline.received",
                words.figure(received.figure()), plural(received), find(facts, "previousReceived")
                        .map(previous -> words.text("headline.receivedPrevious", words.figure(previous.figure())))
                        .orElse(""))));
        find(facts, "closed").ifPresent(closed -> {
            if (value(closed.figure()) == 0) {
                sentences.add(words.text("headline.closedNone"));
                return;
            }
            List<String> outcomes = facts.stream().filter(fact -> fact.name().equals("outcome"))
                    .map(fact -> words.labels().value("outcome", fact.keys().get(0)) + ": " + words.figure(fact.figure()))
                    .toList();
            sentences.add(words.text("headline.closed", words.figure(closed.figure()), plural(closed),
                    String.join("; ", outcomes)));
        });
        Optional<Fact> onTime = find(facts, "answersOnTime");
        Optional<Fact> late = find(facts, "answersLate");
        if (onTime.isPresent() && late.isPresent()) {
            long answers = value(onTime.get().figure()) + value(late.get().figure());
            sentences.add(answers == 0 ? words.text("headline.answersNone")
                    : words.text("headline.answers", words.figure(onTime.get().figure()), answers));
        }
        find(facts, "federal").ifPresent(federal -> sentences.add(words.text("headline.federal",
                words.figure(federal.figure()), plural(federal),
                find(facts, "flagged").map(flagged -> words.figure(flagged.figure())).orElse(""),
                find(facts, "previousFederal").map(previous -> words.text("headline.federalPrevious",
                        words.figure(previous.figure()), find(facts, "previousFlagged")
                                .map(flagged -> words.figure(flagged.figure())).orElse(""))).orElse(""))));
        find(facts, "documentedLate").ifPresent(documented -> sentences.add(words.text("headline.late",
                words.figure(documented.figure()), plural(documented))));
        return sentences;
    }

    private static Optional<PublishedRow> previous(ReportPublishedEvent report) {
        return report.findTable(AccountabilityTables.TRENDS).flatMap(table -> table.rows().stream()
                .filter(row -> row.keys().get(0).equals(Integer.toString(report.period() - 1))).findFirst());
    }

    private static Optional<Fact> fact(ReportPublishedEvent report, String name, String table, String key, int measure) {
        return report.findTable(table).flatMap(t -> t.rows().stream().filter(row -> row.keys().get(0).equals(key))
                .findFirst().map(row -> new Fact(name, table, row.keys(), measure, row.figures().get(measure))));
    }

    private static Optional<Fact> find(List<Fact> facts, String name) {
        return facts.stream().filter(fact -> fact.name().equals(name)).findFirst();
    }

    /** The number that chooses singular or plural: the exact count, or "many" for a range. */
    private static long plural(Fact fact) {
        return fact.figure().value() != null ? fact.figure().value() : 2;
    }

    private static long value(Figure figure) {
        return figure.value() == null ? 0 : figure.value();
    }
}
