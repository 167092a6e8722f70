package org.sanctuaryoversight.app.security;

import java.util.Locale;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.Sealed;
import org.springframework.context.MessageSource;

/**
 * Turns a sealed personal field into text for a staff page: the plaintext, or the reader's words for
 * "removed" once the complaint's data key was shredded. Reading a complainant's identity must go
 * through the access log (see {@code docs/security.md}); this class only decrypts.
 */
public final class PersonalDataReader {

    public static final String REMOVED_KEY = "security.personal-data.removed";

    private final PersonalDataVault vault;
    private final MessageSource messages;

    public PersonalDataReader(PersonalDataVault vault, MessageSource messages) {
        this.vault = vault;
        this.messages = messages;
    }

    /** Null for a field that was never given; "removed" in the reader's language after shredding. */
    public String read(Sealed sealed, Locale locale) {
        if (sealed == null) {
            return null;
        }
        return vault.open(sealed).orElseGet(() -> messages.getMessage(REMOVED_KEY, null, locale));
    }
}
