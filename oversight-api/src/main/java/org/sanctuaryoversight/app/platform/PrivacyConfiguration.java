package org.sanctuaryoversight.app.platform;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.sanctuaryoversight.privacy.MasterKey;
import org.sanctuaryoversight.privacy.MongoDataKeyStore;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The master key that wraps every complaint's data key. Production sets {@code OVERSIGHT_PRIVACY_MASTER_KEY_FILE}
 * (a Docker secret) or {@code OVERSIGHT_PRIVACY_MASTER_KEY}; the embedded mode generates one on first start and keeps it
 * next to the database file, so a trial installation works with no setup.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    MasterKey masterKey(OversightProperties properties) {
        String configured = properties.privacy().masterKey();
        if (configured != null && !configured.isBlank()) {
            return MasterKey.fromBase64(configured);
        }
        if (properties.privacy().masterKeyFile() != null) {
            return MasterKey.fromBase64(Secrets.read(Secrets.MASTER_KEY_FILE, properties.privacy().masterKeyFile()));
        }
        if (!properties.mongodb().embedded()) {
            throw new Secrets.MissingSecretsException(List.of(new Secrets.Missing(Secrets.MASTER_KEY_FILE,
                    "not set (or set " + Secrets.MASTER_KEY + "); generate one with: openssl rand -base64 32")));
        }
        if (!properties.embedded().persistent()) {
            return MasterKey.fromBase64(MasterKey.generateBase64());
        }
        return MasterKey.fromBase64(readOrCreateKeyFile(properties.embedded().dataDirectory().resolve("master.key")));
    }

    private static String readOrCreateKeyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, MasterKey.generateBase64());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the data directory's own permissions apply
            }
            log.warn("EMBEDDED MODE: generated a new master key in {}. Back it up with the database file: "
                    + "without it, complainants' personal data cannot be read.", file.toAbsolutePath());
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }

    @Bean
    PersonalDataVault personalDataVault(MasterKey masterKey, MongoDatabase database,
                                        MongoConfiguration.MongoEndpoint endpoint, OversightProperties properties) {
        MongoDataKeyStore keys = new MongoDataKeyStore(database, endpoint.eraseDeleted());
        Path newKeyFile = properties.privacy().newMasterKeyFile();
        if (newKeyFile == null) {
            return new PersonalDataVault(masterKey, keys);
        }
        // Master-key rotation, before anything else uses the vault: re-wrap every data key under the new key.
        String newKeyText = Secrets.read("oversight.privacy.new-master-key-file", newKeyFile);
        MasterKey newKey = MasterKey.fromBase64(newKeyText);
        int rewrapped = new PersonalDataVault(masterKey, keys).rotateMasterKey(newKey);
        if (properties.mongodb().embedded() && properties.embedded().persistent()
                && properties.privacy().masterKey() == null && properties.privacy().masterKeyFile() == null) {
            replaceEmbeddedKeyFile(properties.embedded().dataDirectory().resolve("master.key"), newKeyText);
            log.warn("Master key rotated: {} data keys re-wrapped; master.key now holds the new key. Remove "
                    + "oversight.privacy.new-master-key-file and destroy the file it names and every copy of the old key.",
                    rewrapped);
        } else {
            log.warn("Master key rotated: {} data keys re-wrapped under the key in oversight.privacy.new-master-key-file. "
                    + "Set oversight.privacy.master-key-file to that file, remove oversight.privacy.new-master-key-file, "
                    + "and destroy every copy of the old master key.", rewrapped);
        }
        return new PersonalDataVault(newKey, keys);
    }

    /** Replaces the embedded mode's key file in one step (a new file moved over the old), readable by the owner only. */
    private static void replaceEmbeddedKeyFile(Path file, String key) {
        try {
            Path next = file.resolveSibling("master.key.next");
            Files.writeString(next, key.strip());
            try {
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the data directory's own permissions apply
            }
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace the master key file " + file, e);
        }
    }
}
