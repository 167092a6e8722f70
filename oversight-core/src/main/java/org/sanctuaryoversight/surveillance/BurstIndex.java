package org.sanctuaryoversight.surveillance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one agency searched more than the city allows in a short time. The first pass over a log collects
 * each agency's search times (4 bytes a search, whatever order the file is in); {@link Builder#build} turns
 * them into the agency's burst intervals and lets the times go, so the second pass asks only about intervals.
 */
final class BurstIndex {

    /** Times are kept as seconds since this instant, in an {@code int}: enough until 2068. */
    static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LAST = EPOCH.plusSeconds(Integer.MAX_VALUE);

    /** A run of searches by one agency in which some window held more than the limit; {@code most} is the fullest window. */
    record Burst(Instant from, Instant to, int most) {
    }

    private final Map<String, List<Burst>> byAgency;

    private BurstIndex(Map<String, List<Burst>> byAgency) {
        this.byAgency = byAgency;
    }

    Optional<Burst> at(String agencyKey, Instant searchedAt) {
        for (Burst burst : byAgency.getOrDefault(agencyKey, List.of())) {
            if (!searchedAt.isBefore(burst.from()) && !searchedAt.isAfter(burst.to())) {
                return Optional.of(burst);
            }
        }
        return Optional.empty();
    }

    int agenciesWithBursts() {
        return (int) byAgency.values().stream().filter(list -> !list.isEmpty()).count();
    }

    static final class Builder {
        private final Map<String, int[]> times = new HashMap<>();
        private final Map<String, Integer> sizes = new HashMap<>();

        /** Records a search; the time must lie between {@link #EPOCH} and {@link #LAST}. */
        void add(String agencyKey, Instant searchedAt) {
            int second = (int) Duration.between(EPOCH, searchedAt).getSeconds();
            int size = sizes.getOrDefault(agencyKey, 0);
            int[] agencyTimes = times.get(agencyKey);
            if (agencyTimes == null || size == agencyTimes.length) {
                agencyTimes = agencyTimes == null ? new int[16] : Arrays.copyOf(agencyTimes, size * 2);
                times.put(agencyKey, agencyTimes);
            }
            agencyTimes[size] = second;
            sizes.put(agencyKey, size + 1);
        }

        /** More than {@code limit} searches by one agency within {@code window} (inclusive) is a burst. */
        BurstIndex build(int limit, Duration window) {
            long span = window.getSeconds();
            Map<String, List<Burst>> bursts = new HashMap<>();
            times.forEach((agency, agencyTimes) -> {
                int size = sizes.get(agency);
                int[] sorted = Arrays.copyOf(agencyTimes, size);
                Arrays.sort(sorted);
                List<Burst> found = bursts(sorted, limit, span);
                if (!found.isEmpty()) {
                    bursts.put(agency, found);
                }
            });
            times.clear();
            sizes.clear();
            return new BurstIndex(bursts);
        }

        private static List<Burst> bursts(int[] sorted, int limit, long span) {
            List<Burst> found = new ArrayList<>();
            long from = -1;
            long to = -1;
            int most = 0;
            int end = 0;
            for (int start = 0; start < sorted.length; start++) {
                while (end < sorted.length && (long) sorted[end] - sorted[start] <= span) {
                    end++;
                }
                int count = end - start;
                if (count > limit) {
                    if (from >= 0 && sorted[start] <= to) {
                        to = Math.max(to, sorted[end - 1]);
                        most = Math.max(most, count);
                    } else {
                        if (from >= 0) {
                            found.add(burst(from, to, most));
                        }
                        from = sorted[start];
                        to = sorted[end - 1];
                        most = count;
                    }
                }
            }
            if (from >= 0) {
                found.add(burst(from, to, most));
            }
            return found;
        }

        private static Burst burst(long from, long to, int most) {
            return new Burst(EPOCH.plusSeconds(from), EPOCH.plusSeconds(to), most);
        }
    }
}
