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
                                        MongoConfiguration.MongoEndpoint endpoint) {
        return new PersonalDataVault(masterKey, new MongoDataKeyStore(database, endpoint.eraseDeleted()));
    }
}
