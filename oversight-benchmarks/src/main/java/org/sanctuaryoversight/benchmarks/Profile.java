package org.sanctuaryoversight.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Flight Recorder profile of one measured section (the {@code profile} settings: a stack sample of every running
 * thread every 10-20 ms), summed up so that a benchmark row can say where the time went: the share of samples by
 * layer (the embedded server, the driver, JobRunr, Axon, Spring and Tomcat, the project's own code, ...) and the
 * methods most samples were in. A sample is counted for the innermost frame that is not the JDK's own, so time in
 * {@code HashMap} or in a socket counts for the library that called it.
 */
final class Profile {

    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("org.sanctuaryoversight.benchmarks.", "benchmark clients");
        LAYERS.put("org.sanctuaryoversight.", "project code");
        LAYERS.put("de.bwaldvogel.", "embedded server (mongo-java-server, H2)");
        LAYERS.put("org.h2.", "embedded server (mongo-java-server, H2)");
        LAYERS.put("io.netty.", "embedded server (mongo-java-server, H2)");
        LAYERS.put("com.mongodb.", "MongoDB driver");
        LAYERS.put("org.bson.", "MongoDB driver");
        LAYERS.put("org.jobrunr.", "JobRunr");
        LAYERS.put("org.axonframework.", "Axon");
        LAYERS.put("com.fasterxml.", "Jackson");
        LAYERS.put("org.springframework.", "Spring, Tomcat, Thymeleaf");
        LAYERS.put("org.apache.catalina.", "Spring, Tomcat, Thymeleaf");
        LAYERS.put("org.apache.coyote.", "Spring, Tomcat, Thymeleaf");
        LAYERS.put("org.apache.tomcat.", "Spring, Tomcat, Thymeleaf");
        LAYERS.put("org.thymeleaf.", "Spring, Tomcat, Thymeleaf");
    }

    private final Recording recording;

    private Profile(Recording recording) {
        this.recording = recording;
    }

    static Profile start() throws Exception {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample");
        recording.setToDisk(true);
        recording.start();
        return new Profile(recording);
    }

    /** Stops the recording; the summary of its samples. */
    Summary stop() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("oversight-bench-profile", ".jfr");
        try {
            recording.dump(file);
            recording.close();
            Map<String, Integer> layers = new TreeMap<>();
            Map<String, Integer> methods = new TreeMap<>();
            int samples = 0;
            // read one event at a time: a long section (a rebuild of a large log) records more samples than the
            // heap it is measured in should hold at once
            RecordingFile events = new RecordingFile(file);
            while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                RecordedFrame owner = frames.stream().filter(frame -> !isJdk(frame)).findFirst()
                        .orElse(frames.isEmpty() ? null : frames.get(0));
                if (owner == null) {
                    continue;
                }
                samples++;
                String type = owner.getMethod().getType().getName();
                layers.merge(layer(type), 1, Integer::sum);
                methods.merge(type.substring(type.lastIndexOf('.') + 1) + "." + owner.getMethod().getName(), 1,
                        Integer::sum);
            }
            events.close();
            return new Summary(samples, layers, methods);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean isJdk(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.") || type.startsWith("sun.")
                || type.startsWith("com.sun.");
    }

    private static String layer(String type) {
        return LAYERS.entrySet().stream().filter(layer -> type.startsWith(layer.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                        ? "JDK" : "other libraries");
    }

    record Summary(int samples, Map<String, Integer> layers, Map<String, Integer> methods) {

        /** The layers by share of samples, largest first. */
        String byLayer() {
            return top(layers, 12);
        }

        /** The methods most samples were in (innermost non-JDK frame). */
        String methods(int count) {
            return top(methods, count);
        }

        private String top(Map<String, Integer> counts, int limit) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(limit)
                    .map(entry -> String.format(Locale.ROOT, "%s %.1f %%", entry.getKey(),
                            100.0 * entry.getValue() / Math.max(1, samples)))
                    .collect(Collectors.joining("; "));
        }
    }
}
