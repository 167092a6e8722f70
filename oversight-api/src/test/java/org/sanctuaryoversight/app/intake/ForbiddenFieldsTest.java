package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Non-negotiable 1: no form field, input label, request record or event anywhere accepts immigration
 * status, citizenship, place of birth, national origin or an A-number. The scan covers every template's
 * form controls and labels, every message bundle (except the keys that say we never ask, listed below),
 * and the components of every record in the application and domain (requests, commands, events).
 */
class ForbiddenFieldsTest {

    static final Pattern FORBIDDEN = Pattern.compile(
            "immigration[ _-]?status|citizenship|citizen|birth[ _-]?place|place[ _-]?of[ _-]?birth|born|"
                    + "national[ _-]?origin|nationality|a[ _-]?number|alien[ _-]?number|"
                    + "estatus[ _-]?migratorio|ciudadan|lugar[ _-]?de[ _-]?nacimiento|origen[ _-]?nacional|nacionalidad",
            Pattern.CASE_INSENSITIVE);

    /**
     * Message keys that legitimately name the forbidden subjects: promises that we never ask, hints that tell
     * people not to include them, and the allegation category for a city employee who asked about them.
     */
    static final Set<String> PROMISES = Set.of("layout.footer.promise", "intake.home.point.neverAsk",
            "intake.form.neverAsk", "intake.privacy.never.text", "intake.status.replyHint", "api.unknownField",
            "intake.allegation.INQUIRING_ABOUT_STATUS", "intake.allegation.STOP_OR_ARREST_BASED_ON_STATUS",
            "casework.category.INQUIRING_ABOUT_STATUS", "casework.category.STOP_OR_ARREST_BASED_ON_STATUS",
            // the registry tells liaisons never to write a person's identifiers, and names what it caught
            "registry.form.never", "registry.error.identifier", "registry.identifier.aNumber");

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Pattern FORM_CONTROL = Pattern.compile("<(input|textarea|select|option|label|legend)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @Test
    void the_scan_would_catch_a_forbidden_field() {
        assertThat(FORBIDDEN.matcher("<input name=\"placeOfBirth\">").find()).isTrue();
        assertThat(FORBIDDEN.matcher("citizenshipStatus").find()).isTrue();
        assertThat(FORBIDDEN.matcher("A-Number").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<label>Lugar de nacimiento</label>").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<input name=\"narrative\">").find()).isFalse();
    }

    @Test
    void no_template_has_a_form_control_or_label_for_a_forbidden_subject() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher control = FORM_CONTROL.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (control.find()) {
                    if (FORBIDDEN.matcher(control.group()).find()) {
                        found.add(template + ": " + control.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void no_message_outside_the_listed_promises_names_a_forbidden_subject() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(p -> p.toString().endsWith(".properties")).forEach(bundles::add);
        }
        assertThat(bundles).anyMatch(p -> p.endsWith("intake_es.properties"));
        for (Path bundle : bundles) {
            Properties messages = new Properties();
            try (var reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            for (String key : messages.stringPropertyNames()) {
                if (!PROMISES.contains(key) && (FORBIDDEN.matcher(key).find()
                        || FORBIDDEN.matcher(messages.getProperty(key)).find())) {
                    found.add(bundle.getFileName() + ": " + key);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void no_request_command_or_event_record_has_a_forbidden_component() throws Exception {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (Path root : List.of(Path.of("target/classes"), Path.of("../oversight-core/target/classes"))) {
            try (Stream<Path> classes = Files.walk(root)) {
                for (Path file : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                    if (!type.isRecord()) {
                        continue;
                    }
                    scanned++;
                    for (RecordComponent component : type.getRecordComponents()) {
                        if (FORBIDDEN.matcher(component.getName()).find()) {
                            found.add(type.getName() + "." + component.getName());
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("records scanned (requests, commands, events)").isGreaterThan(20);
        assertThat(found).isEmpty();
    }
}
