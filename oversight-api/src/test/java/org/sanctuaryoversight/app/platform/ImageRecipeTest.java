package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, read as a reviewer would (no Docker engine runs here): a dependency layer that can work, no
 * hidden failures, nothing secret in the build context, a non-root final stage with a health check, and the
 * production jar, which carries no embedded database (PackagedJarIT checks the jar itself and starts it).
 */
class ImageRecipeTest {

    static final Path ROOT = Path.of("..");

    static List<String> instructions() throws IOException {
        // one instruction per entry, continuation lines joined
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            if (line.strip().startsWith("#") || line.isBlank()) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
                current.append(' ');
            } else {
                instructions.add(current.toString());
                current.setLength(0);
            }
        }
        return instructions;
    }

    static List<String> modules() throws IOException {
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        return modules;
    }

    @Test
    void every_modules_pom_is_copied_before_the_dependency_step_and_nothing_hides_a_failure() throws IOException {
        List<String> instructions = instructions();
        int dependencyStep = indexOf(instructions, "RUN mvn -B -q dependency:go-offline");
        assertThat(dependencyStep).as("a dependency layer").isPositive();
        assertThat(modules()).isNotEmpty().allSatisfy(module -> assertThat(indexOf(instructions,
                "COPY " + module + "/pom.xml " + module + "/")).as(module).isBetween(0, dependencyStep));
        assertThat(indexOf(instructions, "COPY pom.xml .")).isBetween(0, dependencyStep);
        assertThat(instructions.subList(0, dependencyStep)).as("no sources before the dependency layer")
                .noneSatisfy(i -> assertThat(i).startsWith("COPY").contains("/src"));
        assertThat(String.join("\n", instructions)).doesNotContain("|| true").doesNotContain("COPY . .");
    }

    @Test
    void the_build_context_leaves_out_data_secrets_and_builds() throws IOException {
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream().map(String::strip).toList();
        assertThat(ignored).contains("data/", "secrets/", "**/target/", ".git");
    }

    @Test
    void the_final_stage_runs_the_production_jar_as_a_non_root_user_with_a_health_check() throws IOException {
        List<String> instructions = instructions();
        int finalStage = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                finalStage = i;
            }
        }
        assertThat(finalStage).as("multi-stage").isPositive();
        List<String> runtime = instructions.subList(finalStage, instructions.size());
        assertThat(runtime).anySatisfy(i -> assertThat(i).matches("USER (?!root\\b|0\\b)\\S+"));
        assertThat(runtime).anySatisfy(i -> assertThat(i).startsWith("HEALTHCHECK ").contains(HealthProbe.class.getName())
                .contains("/actuator/health/"));
        assertThat(runtime).anySatisfy(i -> assertThat(i).startsWith("ENTRYPOINT ").contains("JarLauncher"));
        assertThat(runtime).noneSatisfy(i -> assertThat(i).startsWith("RUN ").contains("chown"));
        // the image's jar is the production one, extracted into its layers
        String build = String.join("\n", instructions.subList(0, finalStage));
        assertThat(build).contains("sanctuary-oversight-production.jar").contains("extract --layers --launcher");
        assertThat(String.join("\n", runtime)).doesNotContain("-exec.jar");
    }

    @Test
    void the_production_jar_leaves_the_embedded_server_out_and_the_development_jar_keeps_it() throws IOException {
        String pom = Files.readString(ROOT.resolve("oversight-api").resolve("pom.xml"));
        Matcher production = Pattern.compile("<classifier>production</classifier>\\s*<excludeGroupIds>([^<]+)</excludeGroupIds>")
                .matcher(pom);
        assertThat(production.find()).as("a production repackage in oversight-api/pom.xml").isTrue();
        assertThat(production.group(1).split(",")).contains("de.bwaldvogel");
        try (Stream<String> readme = Files.lines(ROOT.resolve("README.md"))) {
            assertThat(readme.anyMatch(line -> line.contains("mvn -pl oversight-api -am spring-boot:run"))).isTrue();
        }
    }

    static int indexOf(List<String> instructions, String prefix) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
