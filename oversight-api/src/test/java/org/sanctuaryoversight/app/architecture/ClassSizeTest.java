package org.sanctuaryoversight.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: no main class over {@value #MAX_LINES} lines, so that a class does one job a newcomer can read at once.
 * A grab-bag (a controller for four pages, a projection for two read models) is split by job, not by line count.
 * Counted as the lines of each main source file of every module.
 */
class ClassSizeTest {

    static final int MAX_LINES = 300;

    static final List<Path> MODULES = Stream.of("oversight-core", "oversight-reports", "oversight-api",
            "oversight-benchmarks").map(module -> Path.of("..", module, "src", "main", "java")).toList();

    /**
     * Long for a reason that stays: the event storage engine is one algorithm (append a unit of work with consecutive
     * sequence numbers, read it back in order) best read whole; the benchmark runner is a script of measurements.
     */
    static final Set<String> LONG_BY_NATURE = Set.of("SequencedMongoEventStorageEngine.java", "Benchmarks.java");

    @Test
    void no_main_class_is_over_the_limit() {
        Map<String, Integer> tooLong = new TreeMap<>();
        lineCounts().forEach((file, lines) -> {
            String name = Path.of(file).getFileName().toString();
            if (lines > MAX_LINES && !LONG_BY_NATURE.contains(name)) {
                tooLong.put(file, lines);
            }
        });
        assertThat(tooLong).as("main classes over %d lines: split them by job", MAX_LINES).isEmpty();
    }

    @Test
    void the_count_reads_every_module() {
        assertThat(MODULES).allSatisfy(module -> assertThat(module).isDirectory());
        assertThat(lineCounts()).containsKey(Path.of("..", "oversight-core", "src", "main", "java", "org",
                "sanctuaryoversight", "eventstore", "SequencedMongoEventStorageEngine.java").toString());
    }

    /** Every main Java source file, by path, with its number of lines. */
    static Map<String, Integer> lineCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path module : MODULES) {
            try (Stream<Path> files = Files.walk(module)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> counts.put(file.toString(),
                        lines(file)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return counts;
    }

    private static int lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
