package org.sanctuaryoversight.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.ReportsModule;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff reports page compiles an ended period's draft once per state of the ledger and the archive: a second
 * visit with nothing new compiles nothing; a new event in the ledger compiles every period again, once.
 */
@OversightTest
@AutoConfigureMockMvc
class StaffReportsPageCacheTest {

    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("ombud-cache", "Ombud", StaffRole.OMBUDSPERSON, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PublishingReport publishing;
    @Autowired
    FilingComplaint filing;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    ReadModels readModels;

    @Test
    void a_period_is_compiled_again_only_when_the_ledger_or_the_archive_has_moved() throws Exception {
        int ended = publishing.endedPeriods().size();
        assertThat(ended).as("periods ended since the default effective date").isGreaterThan(1);
        fileOne();
        visit();

        // Other processors may still append events the filing caused (the positions then move, rightly): compare
        // visits made while the positions stood still.
        boolean compared = false;
        for (int attempt = 0; attempt < 20 && !compared; attempt++) {
            Map<String, Long> positions = positions();
            visit();
            double before = compiled();
            visit();
            visit();
            if (positions().equals(positions)) {
                assertThat(compiled()).as("visits with nothing new compile nothing").isEqualTo(before);
                compared = true;
            }
        }
        assertThat(compared).as("the positions stood still for three visits").isTrue();

        Map<String, Long> positions = positions();
        double before = compiled();
        fileOne();
        assertThat(positions()).isNotEqualTo(positions);
        visit();
        assertThat(compiled()).as("a new ledger event compiles each ended period once").isEqualTo(before + ended);
    }

    private Map<String, Long> positions() {
        return readModels.positions(ReportsModule.LEDGER_PROCESSING_GROUP);
    }

    private void fileOne() {
        filing.file(new ComplaintSubmission("cache", null, null, Set.of(), Set.of(AllegationCategory.OTHER),
                IntakeChannel.WEB_FORM, "en", true, null));
        Processors.awaitCaughtUp(processing, events, 2);
    }

    private void visit() throws Exception {
        mvc.perform(get("/staff/reports").with(user(OMBUDSPERSON))).andExpect(status().isOk());
    }

    private double compiled() {
        return meters.get("oversight.reports.drafts.compiled").counter().count();
    }
}
