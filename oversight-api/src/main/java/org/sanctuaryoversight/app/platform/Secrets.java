package org.sanctuaryoversight.app.platform;

import com.mongodb.ConnectionString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * Secrets come from files (Docker secrets under {@code /run/secrets}, set by {@code *_FILE} settings), never from
 * the image and preferably not from the environment, which {@code docker inspect} shows. With a real MongoDB the
 * service refuses to start unless every secret it needs is there, naming each missing one: a replica would
 * otherwise sign reports with a throwaway key or fail later in a way an operator cannot read.
 */
public final class Secrets {

    static final String MASTER_KEY = "oversight.privacy.master-key";
    static final String MASTER_KEY_FILE = "oversight.privacy.master-key-file";
    static final String SIGNING_KEY_FILE = "oversight.reports.signing-key-file";
    static final String MONGODB_PASSWORD_FILE = "oversight.mongodb.password-file";
    static final String RECEIPT_KEY_FILE = "oversight.receipt.key-file";

    private Secrets() {
    }

    /** One secret that is not there, and why. */
    public record Missing(String setting, String problem) {
        @Override
        public String toString() {
            return setting + " (" + environmentVariable(setting) + "): " + problem;
        }
    }

    /** Thrown at startup; {@code MissingSecretsFailureAnalyzer} prints it as the reason the service did not start. */
    public static class MissingSecretsException extends IllegalStateException {
        private final transient List<Missing> missing;

        public MissingSecretsException(List<Missing> missing) {
            super("Missing secrets: " + missing);
            this.missing = List.copyOf(missing);
        }

        public List<Missing> missing() {
            return missing;
        }
    }

    /** The secret in {@code file}, without surrounding white space; refuses to start if it cannot be read. */
    public static String read(String setting, Path file) {
        Missing problem = problem(setting, file);
        if (problem != null) {
            throw new MissingSecretsException(List.of(problem));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new MissingSecretsException(List.of(new Missing(setting, file + " cannot be read: " + e.getMessage())));
        }
    }

    /** Every secret a service on a real MongoDB needs: the master key, the report signing key, the database password. */
    static void requireForProduction(OversightProperties properties, Environment environment) {
        List<Missing> missing = new ArrayList<>();
        OversightProperties.Privacy privacy = properties.privacy();
        if (privacy.masterKey() == null || privacy.masterKey().isBlank()) {
            add(missing, privacy.masterKeyFile() == null
                    ? new Missing(MASTER_KEY_FILE, "not set (or set " + MASTER_KEY + ")")
                    : problem(MASTER_KEY_FILE, privacy.masterKeyFile()));
        }
        Path receiptKeys = properties.receipt().keyFile();
        add(missing, receiptKeys == null ? new Missing(RECEIPT_KEY_FILE, "not set")
                : problem(RECEIPT_KEY_FILE, receiptKeys));
        String signingKey = environment.getProperty(SIGNING_KEY_FILE);
        add(missing, signingKey == null || signingKey.isBlank() ? new Missing(SIGNING_KEY_FILE, "not set")
                : problem(SIGNING_KEY_FILE, Path.of(signingKey)));
        ConnectionString uri = new ConnectionString(properties.mongodb().uri());
        if (uri.getUsername() != null && uri.getPassword() == null) {
            Path passwordFile = properties.mongodb().passwordFile();
            add(missing, passwordFile == null
                    ? new Missing(MONGODB_PASSWORD_FILE, "not set, and the MongoDB URI names user '" + uri.getUsername() + "'")
                    : problem(MONGODB_PASSWORD_FILE, passwordFile));
        }
        if (!missing.isEmpty()) {
            throw new MissingSecretsException(missing);
        }
    }

    /**
     * A secret file's content: the configured file; with a real MongoDB a missing setting stops the start (naming
     * it); in embedded mode a file of that name in the data directory, created with {@code generate} on first start
     * (in memory only when nothing is kept), so a trial installation works with no setup.
     */
    static String embeddedOrRequired(OversightProperties properties, String setting, Path configured, String fileName,
                                     java.util.function.Supplier<String> generate, String howToCreate) {
        if (configured != null) {
            return read(setting, configured);
        }
        if (!properties.mongodb().embedded()) {
            throw new MissingSecretsException(List.of(new Missing(setting, "not set; " + howToCreate)));
        }
        if (!properties.embedded().persistent()) {
            return generate.get();
        }
        Path file = properties.embedded().dataDirectory().resolve(fileName);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, generate.get(), StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system; the data directory's own permissions apply
                }
                org.slf4j.LoggerFactory.getLogger(Secrets.class).warn("EMBEDDED MODE: generated {} in {}. Back it up with "
                        + "the database file.", fileName, file.toAbsolutePath());
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    private static void add(List<Missing> missing, Missing problem) {
        if (problem != null) {
            missing.add(problem);
        }
    }

    private static Missing problem(String setting, Path file) {
        if (!Files.exists(file)) {
            return new Missing(setting, file + " does not exist");
        }
        if (!Files.isReadable(file)) {
            return new Missing(setting, file + " is not readable by this user");
        }
        try {
            return Files.size(file) == 0 ? new Missing(setting, file + " is empty") : null;
        } catch (IOException e) {
            return new Missing(setting, file + " cannot be read: " + e.getMessage());
        }
    }

    static String environmentVariable(String setting) {
        return setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
