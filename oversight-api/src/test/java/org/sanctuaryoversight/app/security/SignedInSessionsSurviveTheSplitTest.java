package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * Sessions are stored Java-serialized with their principal's class name. A session written when the principal lived
 * in {@code app.security} still reads back, as today's {@code signin.StaffPrincipal} with the same member and flags.
 */
class SignedInSessionsSurviveTheSplitTest {

    @Test
    void a_principal_stored_under_the_old_name_reads_back_as_todays() throws Exception {
        StaffMember member = new StaffMember("u-omb", "Olga", StaffRole.OMBUDSPERSON, null);
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(stored)) {
            out.writeObject(new StaffPrincipal(member, "{bcrypt}hash", true, false));
        }
        assertThat(new String(stored.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("org.sanctuaryoversight.app.security.StaffPrincipal");

        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored.toByteArray()))) {
            read = in.readObject();
        }
        assertThat(read).isEqualTo(new org.sanctuaryoversight.app.security.signin.StaffPrincipal(member, "{bcrypt}hash",
                true, false));
    }
}
