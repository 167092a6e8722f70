package org.sanctuaryoversight.app.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.mongodb.client.MongoDatabase;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FlaggedSearchPage;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;
import org.sanctuaryoversight.surveillance.ValidatedAuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office never becomes the surveillance database: after a realistic log is imported, every document of
 * every collection (events, read models, keys, tokens) is searched for each plate of the file, in clear and as
 * the usual hashes of it, and for each officer's name in clear. None is there; the officer names of flagged
 * searches are there only sealed, and open with the import's key.
 */
@OversightTest
@AutoConfigureMockMvc
class SurveillanceRawStoreTest {

    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(new StaffMember("alpr-raw-omb", "Olga",
            StaffRole.OMBUDSPERSON, null));

    static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^A-Za-z0-9+/=-]+");

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    QueryGateway queries;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    @Test
    void no_plate_and_no_officer_name_is_stored_in_clear_anywhere() throws Exception {
        AuditLogs.Generated generated = AuditLogs.generate(Layout.NETWORK, 3000, YearMonth.of(2025, 9), 41, null, 8, 0);
        // Searches whose reasons carry their own plate and officer, and are flagged: the reason is kept, those are not.
        String extra = """
                x-1,Zelda Quintanilla,[Federal] Federal Bureau of Investigation (FBI),1800,9QWE456,"ICE asked about 9QWE456, Quintanilla",,,"09/12/2025, 10:00:00 AM UTC",lookup\r
                x-2,Bartholomew Ashworth-Yi,Houston TX PD,2,8RTY-654,"stolen car 8 RTY 654 per Bartholomew Ashworth-Yi",24-100200,,"09/13/2025, 11:30:00 PM UTC",search\r
                """;
        byte[] file = (new String(generated.bytes(), StandardCharsets.UTF_8) + extra).getBytes(StandardCharsets.UTF_8);
        String importId = ValidatedAuditLog.importIdOf(AuditLogs.sha256(file));
        assertThat(mvc.perform(AuditLogs.upload(file, "police").with(user(OMBUDSPERSON))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        long flagged = AuditLogs.awaitImported(queries, importId, 1).summary().flaggedSearches();
        FlaggedSearchPage searches = AuditLogs.awaitSearches(queries, importId, null, flagged);
        Processors.awaitCaughtUp(processing, events, 2);

        Set<String> plates = new LinkedHashSet<>();
        Set<String> officers = new LinkedHashSet<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8)))) {
            plates.add(row.get("License Plate"));
            officers.add(row.get("Name"));
        }
        assertThat(plates).hasSizeGreaterThan(2900);
        assertThat(officers).contains("Zelda Quintanilla", "Maria Garcia");

        String everything = everyDocumentOfEveryCollection();
        // Every run of plate-like, hex and base64 characters, so a plate inside a random ciphertext is no false alarm.
        Set<String> tokens = new java.util.HashSet<>(List.of(TOKEN_SEPARATORS.split(everything)));
        List<String> found = new ArrayList<>();
        for (String plate : plates) {
            for (String form : forms(plate)) {
                if (tokens.contains(form)) {
                    found.add(plate + " as " + form);
                }
            }
        }
        for (String officer : officers) {
            if (everything.contains(officer)) {
                found.add(officer);
            }
        }
        assertThat(found).as("plates and officer names stored in clear or hashed").isEmpty();

        // What is kept: the reasons without their plates and names, the officers sealed under the import's key.
        FlaggedSearchPage federal = AuditLogs.awaitSearches(queries, importId, AuditRule.FEDERAL_AGENCY,
                generated.manifest().byRule().get(AuditRule.FEDERAL_AGENCY) + 1);
        assertThat(federal.searches()).filteredOn(s -> "x-1".equals(s.search().searchId())).singleElement()
                .satisfies(s -> {
                    assertThat(s.search().reason()).isEqualTo("ICE asked about [plate], [name]");
                    assertThat(s.search().caseNumberPresent()).isFalse();
                    assertThat(vault.open(s.search().officer())).contains("Zelda Quintanilla");
                });
        assertThat(searches.searches()).isNotEmpty();
        assertThat(AuditLogs.awaitSearches(queries, importId, AuditRule.OUT_OF_STATE_AGENCY,
                generated.manifest().byRule().get(AuditRule.OUT_OF_STATE_AGENCY) + 1).searches())
                .filteredOn(s -> "x-2".equals(s.search().searchId())).singleElement()
                .satisfies(s -> assertThat(s.search().reason()).isEqualTo("stolen car [plate] per [name]"));
    }

    /** A plate in clear, in either case, and as the hashes someone might think made it safe to keep. */
    static List<String> forms(String plate) throws Exception {
        List<String> forms = new ArrayList<>();
        for (String text : new LinkedHashSet<>(List.of(plate, plate.toLowerCase(Locale.ROOT), plate.replaceAll("[^A-Za-z0-9]", "")))) {
            forms.add(text);
            for (String algorithm : List.of("SHA-256", "SHA-1", "MD5")) {
                byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
                forms.add(HexFormat.of().formatHex(digest));
                forms.add(Base64.getEncoder().encodeToString(digest));
            }
        }
        return forms;
    }

    private String everyDocumentOfEveryCollection() {
        StringBuilder all = new StringBuilder();
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).find().forEach(document -> all.append(document.toJson()).append('\n'));
        }
        return all.toString();
    }
}
