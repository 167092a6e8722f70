package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StaffBrowsers;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office's whole journey through the pages, no JSON (JOURNEYS.md, "Ombudsperson" 1-3, "Investigator",
 * "Department liaison", "Resident" 2): a resident files in Spanish; the ombudsperson reads the narrative,
 * acknowledges, accepts and assigns; the investigator records an allegation and a step and refers to the police with a
 * due date; the police liaison, in their own browser, answers from the inbox; the investigator records a finding; the
 * ombudsperson makes a recommendation, writes to the complainant and closes confirming the outcome; the resident sees
 * the reply and the closing summary on the status page. Every page shows the new state right after the action.
 */
@OversightTest
class CaseworkJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void one_complaint_goes_from_the_form_to_closure_through_the_pages_of_every_role() {
        StaffBrowsers staff = new StaffBrowsers(accounts);
        String narrative = "Un agente me preguntó dónde nací en la parada del autobús " + UUID.randomUUID();
        String ombudId = staff.account(StaffRole.OMBUDSPERSON, null);
        String investigatorId = staff.account(StaffRole.INVESTIGATOR, null);
        String liaisonId = staff.account(StaffRole.DEPARTMENT_LIAISON, "police");

        try (Browser resident = Browser.open(port, Browser.PHONE, "es");
             Browser ombud = staff.signIn(port, ombudId);
             Browser investigator = staff.signIn(port, investigatorId);
             Browser liaison = staff.signIn(port, liaisonId)) {

            // ---- the resident files in Spanish and keeps the receipt code
            resident.get("/complaints/new?lang=es");
            resident.byId("narrative").sendKeys(narrative);
            resident.byId("anonymous-yes").click();
            resident.byId("allegation-INQUIRING_ABOUT_STATUS").click();
            resident.byId("department-police").click();
            resident.navigate(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])"));
            String receipt = resident.byId("receipt-code").getText();
            resident.screenshot("journey-01-receipt-phone");

            // ---- the ombudsperson finds the new complaint, says why they read it, reads the narrative
            ombud.get("/staff/cases?stage=AWAITING_ACKNOWLEDGEMENT");
            new WebDriverWait(ombud.driver(), Duration.ofSeconds(20)).until(driver -> {
                driver.navigate().refresh();
                return !driver.findElements(By.cssSelector("table.casework-table tbody a")).isEmpty();
            });
            ombud.navigate(By.cssSelector("table.casework-table tbody a"));
            String caseUrl = ombud.driver().getCurrentUrl();
            assertThat(ombud.text(By.id("case-stage"))).isEqualTo("Awaiting acknowledgement");
            assertThat(ombud.byId("complaint-language").getText()).isEqualTo("Spanish");
            assertThat(ombud.findAll(By.id("complaint-narrative"))).isEmpty();
            new Select(ombud.byId("read-purpose")).selectByValue("WORK_THE_CASE");
            ombud.byId("read-note").sendKeys("Triage of a new complaint");
            ombud.navigate(By.cssSelector("form.case-reading button"));
            assertThat(ombud.text(By.id("complaint-narrative"))).isEqualTo(narrative);
            ombud.assertAccessible("case page, read");
            ombud.screenshot("journey-02-case-read-desktop");

            ombud.navigate(By.id("acknowledge"));
            assertThat(ombud.text(By.cssSelector("[role=status]"))).isEqualTo("The complaint is acknowledged.");
            assertThat(ombud.text(By.id("case-stage"))).isEqualTo("Awaiting triage");

            ombud.byId("triage-decision-ACCEPT").click();
            ombud.navigate(By.cssSelector("#triage button"));
            assertThat(ombud.text(By.id("case-stage"))).isEqualTo("Accepted, awaiting an investigator");

            new Select(ombud.byId("assign-investigator")).selectByValue(investigatorId);
            ombud.navigate(By.cssSelector("#assign button"));
            assertThat(ombud.text(By.id("case-assignee"))).isEqualTo("Staff " + investigatorId);
            assertThat(ombud.text(By.id("case-stage"))).isEqualTo("Investigating");

            // ---- the investigator sees it among their cases, records an allegation and a step, refers to the police
            investigator.get("/staff/cases");
            assertThat(investigator.text(By.tagName("h1"))).isEqualTo("My cases");
            investigator.driver().get(caseUrl);
            new Select(investigator.byId("read-purpose")).selectByValue("WORK_THE_CASE");
            investigator.byId("read-note").sendKeys("Assigned to me");
            investigator.navigate(By.cssSelector("form.case-reading button"));
            assertThat(investigator.text(By.id("complaint-narrative"))).isEqualTo(narrative);

            new Select(investigator.byId("allegation-provision")).selectByValue("INQUIRING_ABOUT_STATUS");
            new Select(investigator.byId("allegation-department")).selectByValue("police");
            investigator.navigate(By.cssSelector("#allegations form:not(.inline-form) button"));
            assertThat(investigator.text(By.cssSelector("[role=status]"))).isEqualTo("The allegation is recorded.");
            assertThat(investigator.text(By.cssSelector("#allegations table"))).contains(
                    "Asking about immigration status, citizenship or place of birth", "Police Department");

            new Select(investigator.byId("step-kind")).selectByValue("INTERVIEW");
            investigator.byId("step-notes").sendKeys("Interviewed the bus driver, who saw the stop.");
            investigator.navigate(By.cssSelector("#step button"));
            assertThat(investigator.mainText()).contains("Interviewed the bus driver, who saw the stop.");

            new Select(investigator.byId("referral-department")).selectByValue("police");
            investigator.byId("referral-questions").sendKeys("Does your stop policy allow questions about place of birth?");
            investigator.navigate(By.cssSelector("#referrals form button"));
            assertThat(investigator.text(By.id("case-stage"))).isEqualTo("Waiting for a department");
            investigator.assertAccessible("case page, investigator");

            // ---- the police liaison answers from their inbox
            liaison.get("/staff/department/referrals");
            liaison.navigate(By.cssSelector("table.casework-table tbody a"));
            assertThat(liaison.mainText()).contains("Does your stop policy allow questions about place of birth?")
                    .doesNotContain(narrative);
            liaison.byId("response").sendKeys("No. The officer has been retrained on the ordinance.");
            liaison.navigate(By.cssSelector("main form button[type=submit]"));
            assertThat(liaison.text(By.cssSelector("[role=status]"))).isEqualTo("Your answer was sent to the office.");
            assertThat(liaison.text(By.cssSelector("table.casework-table tbody"))).doesNotContain("Awaiting your answer");
            liaison.assertAccessible("department inbox");
            liaison.screenshot("journey-03-inbox-desktop");

            // ---- the investigator sees the answer and records the finding
            investigator.driver().navigate().refresh();
            assertThat(investigator.text(By.id("case-stage"))).isEqualTo("Investigating");
            assertThat(investigator.mainText()).contains("No. The officer has been retrained on the ordinance.");
            new Select(investigator.driver().findElement(By.cssSelector("#allegations select[name=finding]")))
                    .selectByValue("SUSTAINED");
            investigator.navigate(By.cssSelector("#allegations .inline-form button"));
            assertThat(investigator.text(By.cssSelector("#allegations table"))).contains("Sustained");

            // ---- the ombudsperson recommends, writes to the complainant, and closes confirming the outcome
            ombud.driver().navigate().refresh();
            new Select(ombud.byId("recommendation-department")).selectByValue("police");
            ombud.byId("recommendation-text").sendKeys("Remind every patrol officer that place of birth is never asked.");
            ombud.navigate(By.cssSelector("#recommendations form button"));
            assertThat(ombud.text(By.cssSelector("#recommendations ul"))).contains("Remind every patrol officer");

            ombud.byId("message-text").sendKeys("Gracias por su queja. La oficina comprobó lo que pasó.");
            ombud.navigate(By.cssSelector("#messages form button"));
            assertThat(ombud.text(By.cssSelector(".casework-messages"))).contains("Gracias por su queja.");

            assertThat(ombud.text(By.id("close-outcome"))).contains("Violation found");
            ombud.byId("close-publicSummary").sendKeys("An officer asked about place of birth; the department retrained the officer.");
            ombud.byId("close-confirmedOutcome").click();
            ombud.navigate(By.cssSelector("#close button"));
            assertThat(ombud.text(By.id("case-stage"))).isEqualTo("Closed");
            assertThat(ombud.text(By.id("case-outcome"))).isEqualTo("Violation found");
            ombud.assertAccessible("case page, closed");
            ombud.screenshot("journey-04-closed-desktop");

            // ---- the resident sees the reply and how it ended, in Spanish
            resident.get("/status?lang=es");
            resident.byId("receiptCode").sendKeys(receipt);
            resident.navigate(By.cssSelector("form[action='/status'] button"));
            assertThat(resident.text(By.id("complaint-status"))).startsWith("Cerrada");
            assertThat(resident.text(By.id("complaint-outcome"))).isEqualTo("La oficina encontró que se violó la ordenanza.");
            assertThat(resident.text(By.id("complaint-summary"))).contains("retrained the officer");
            assertThat(resident.mainText()).contains("Gracias por su queja. La oficina comprobó lo que pasó.");
            resident.assertAccessible("estado, cerrada");
            resident.screenshot("journey-05-status-closed-phone");
        }
    }
}
