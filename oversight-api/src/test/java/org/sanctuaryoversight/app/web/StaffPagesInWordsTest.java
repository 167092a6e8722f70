package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctuaryoversight.app.casework.Casework;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.CaseStage;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.complaint.status.ComplaintStatus;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.federalrequest.AmendFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.ApproveFederalRequestPublicSummaryCommand;
import org.sanctuaryoversight.federalrequest.AttachingDocuments;
import org.sanctuaryoversight.federalrequest.DocumentFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.DocumentPurpose;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.OpenFederalRequestDocumentCommand;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every staff page, for every role that may open it, with real data, in English and Spanish: no message key left
 * unresolved ({@code ??key??}), no enum constant name (ACCEPT, POLICY_FAILURE_FOUND…) and no department code (police,
 * public-works…) as a whole word in the visible text. Codes are for machines; staff read words.
 */
@OversightTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Its own application (and database): every word on the pages comes from this test's data, not another test's.
@org.springframework.test.context.TestPropertySource(properties = "oversight.casework.page-size=24")
class StaffPagesInWordsTest {

    static final StaffMember OMBUDSPERSON = new StaffMember("omb-words", "Olga Words", StaffRole.OMBUDSPERSON, null);
    static final StaffMember INVESTIGATOR = new StaffMember("inv-words", "Ivan Words", StaffRole.INVESTIGATOR, null);
    static final StaffMember LIAISON = new StaffMember("lia-words", "Lia Words", StaffRole.DEPARTMENT_LIAISON, "police");
    static final StaffMember AUDITOR = new StaffMember("aud-words", "Ada Words", StaffRole.AUDITOR, null);
    static final StaffMember ADMIN = new StaffMember("adm-words", "Adam Words", StaffRole.ADMIN, null);

    /**
     * Words that are also codes but are how people know the thing: file types (PDF, JPEG), an agency's own acronym
     * in its name ("Customs and Border Protection (CBP)"), and the department code {@code other}, an ordinary word.
     */
    static final Set<String> ALLOWED_WORDS = Set.of("PDF", "JPEG", "PNG", "HEIC", "CSV", "JSON", "HTML", "CBP", "other");

    @Autowired
    MockMvc mvc;
    @Autowired
    FilingComplaint filing;
    @Autowired
    Casework casework;
    @Autowired
    ComplaintMessaging messaging;
    @Autowired
    CommandGateway commands;
    @Autowired
    DepartmentDirectory departments;

    @Autowired
    AttachingDocuments documents;

    String worked;
    String referral;
    String request;

    @BeforeAll
    void aCaseWorkedThroughEveryStep() {
        worked = filing.file(new ComplaintSubmission("Staff at the front desk asked for papers " + UUID.randomUUID(),
                "2026-10", "Fifth and Main", Set.of("police", "public-works"),
                Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS, AllegationCategory.OTHER), IntakeChannel.PHONE, "es",
                false, new ContactDetails("A Person", "a.person@example.org", null, null, ContactMethod.EMAIL)))
                .complaintId();
        messaging.sendFromComplainant(worked, "Thank you, I can say more.");
        casework.acknowledge(worked, OMBUDSPERSON);
        casework.triage(worked, OMBUDSPERSON, TriageDecision.ACCEPT, null, null);
        casework.assign(worked, OMBUDSPERSON, INVESTIGATOR);
        String allegation = casework.recordAllegation(worked, INVESTIGATOR, AllegationCategory.INQUIRING_ABOUT_STATUS,
                "police");
        casework.recordStep(worked, INVESTIGATOR, InvestigativeStepKind.RECORDS_REVIEW, "Read the front desk log.");
        referral = casework.refer(worked, INVESTIGATOR, "police", "Which policy applies at the front desk?",
                LocalDate.now().plusDays(20));
        casework.respond(worked, referral, LIAISON, "Policy 12, attached.");
        casework.recordFinding(worked, INVESTIGATOR, allegation, Finding.POLICY_FAILURE);
        String recommendation = casework.recommend(worked, OMBUDSPERSON, "police", "Rewrite policy 12.");
        casework.answer(worked, recommendation, LIAISON, RecommendationAnswer.ACCEPTED);
        messaging.sendFromOffice(worked, INVESTIGATOR, "We have finished.");
        casework.close(worked, OMBUDSPERSON, "A front desk policy failed the ordinance; the department changed it.",
                CaseOutcome.POLICY_FAILURE_FOUND);
        String withdrawn = filing.file(new ComplaintSubmission("Withdrawn later " + UUID.randomUUID(), null, null,
                Set.of(), Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null)).complaintId();
        casework.acknowledge(withdrawn, OMBUDSPERSON);
        casework.withdraw(withdrawn, null);
        await().until(() -> casework.details(worked).map(d -> d.summary().stage() == CaseStage.CLOSED).orElse(false));
        aFederalRequestFlaggedCorrectedApprovedWithADocument();
    }

    /** A police detainer honoured on a detainer (flagged, so a review case), corrected, approved, its copy opened. */
    void aFederalRequestFlaggedCorrectedApprovedWithADocument() {
        request = UUID.randomUUID().toString();
        Instant now = Instant.now();
        FederalRequestFacts facts = new FederalRequestFacts("police", now.minusSeconds(7200), FederalAgency.ICE_ERO,
                RequestChannel.LETTER_OR_FAX, List.of(RequestType.DETAINER_HOLD), LegalDocument.DETAINER,
                FederalRequestResponse.PENDING, "Asked to hold someone past release", "Waiting for counsel");
        var copy = documents.storeThen(request, List.of(new AttachmentInspector.CleanFile("detainer.pdf",
                AttachmentType.PDF, "%PDF-1.4 redacted copy".getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
                stored -> {
                    commands.sendAndWait(new DocumentFederalRequestCommand(request, facts, now, LIAISON, stored));
                    return stored;
                });
        commands.sendAndWait(new AmendFederalRequestCommand(request, new FederalRequestFacts("police",
                facts.receivedAt(), facts.agency(), facts.channel(), facts.requestTypes(), facts.legalDocument(),
                FederalRequestResponse.COMPLIED, facts.description(), "The watch commander honoured it"),
                "Counsel answered", now.plusSeconds(60), LIAISON));
        commands.sendAndWait(new OpenFederalRequestDocumentCommand(request, copy.get(0).attachmentId(), LIAISON,
                now.plusSeconds(90), DocumentPurpose.CORRECT_THE_RECORD, "Checking the copy"));
        commands.sendAndWait(new ApproveFederalRequestPublicSummaryCommand(request,
                "ICE asked the department to hold a person past release; it was honoured.", now.plusSeconds(120),
                OMBUDSPERSON, java.time.ZoneId.of("UTC")));
        await().until(() -> casework.details("review-" + request).isPresent());
    }

    @Test
    void every_staff_page_shows_words_not_codes_in_english_and_spanish() throws Exception {
        Map<StaffMember, List<String>> pages = new LinkedHashMap<>();
        pages.put(OMBUDSPERSON, List.of("/staff", "/staff/cases", "/staff/cases?stage=CLOSED", "/staff/cases/" + worked,
                "/staff/intake", "/staff/registry", "/staff/reports", "/staff/registry?flagged=true&awaiting=true",
                "/staff/registry/" + request, "/staff/registry/" + request + "/amendment", "/staff/registry/new",
                "/staff/cases/review-" + request));
        pages.put(INVESTIGATOR, List.of("/staff", "/staff/cases", "/staff/cases/" + worked, "/staff/intake"));
        pages.put(LIAISON, List.of("/staff", "/staff/department/referrals",
                "/staff/department/referrals/" + worked + "/" + referral, "/staff/registry",
                "/staff/registry/" + request, "/staff/registry/" + request + "/amendment", "/staff/registry/new"));
        pages.put(AUDITOR, List.of("/staff", "/staff/cases", "/staff/cases/" + worked, "/staff/access-log",
                "/staff/reports"));
        pages.put(ADMIN, List.of("/staff", "/staff/accounts", "/staff/access-log", "/staff/intake", "/staff/reports",
                "/staff/operations/dead-letters"));

        Pattern codes = codes();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<StaffMember, List<String>> entry : pages.entrySet()) {
            for (String language : List.of("en", "es")) {
                MockHttpSession session = new MockHttpSession();
                if (entry.getKey() == OMBUDSPERSON || entry.getKey() == INVESTIGATOR) {
                    // the people who work the case read it, so its text is on the page too
                    mvc.perform(post("/staff/cases/{id}/reading", worked).with(user(new StaffPrincipal(entry.getKey())))
                            .with(csrf()).session(session).param("purpose", "WORK_THE_CASE").param("note", "Checking words"));
                }
                for (String path : entry.getValue()) {
                    MockHttpServletResponse response = mvc.perform(get(path).with(user(new StaffPrincipal(entry.getKey())))
                            .session(session).locale(Locale.forLanguageTag(language))).andReturn().getResponse();
                    String where = entry.getKey().role() + " " + language + " " + path;
                    if (response.getStatus() != 200) {
                        problems.add(where + ": status " + response.getStatus());
                        continue;
                    }
                    Document page = Jsoup.parse(response.getContentAsString());
                    String text = page.body().text();
                    if (text.contains("??")) {
                        problems.add(where + ": unresolved message key near \"" + around(text, text.indexOf("??")) + "\"");
                    }
                    Matcher code = codes.matcher(text);
                    while (code.find()) {
                        if (!ALLOWED_WORDS.contains(code.group())) {
                            problems.add(where + ": code \"" + code.group() + "\" in \"" + around(text, code.start()) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(problems).as("staff pages showing codes instead of words").isEmpty();
    }

    /**
     * JOURNEYS.md, "Department liaison": the inbox and a referral's page write every date as the case list does
     * ({@code @words}, "Dec 7, 2026", "7 dic 2026"): when it was sent, when it is due and when it was answered.
     */
    @Test
    void the_department_inbox_and_a_referrals_page_write_every_date_one_way_in_english_and_spanish() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            Document inbox = Jsoup.parse(mvc.perform(get("/staff/department/referrals")
                    .with(user(new StaffPrincipal(LIAISON))).locale(locale)).andReturn().getResponse().getContentAsString());
            org.jsoup.nodes.Element row = inbox.select("table.casework-table tbody tr").stream()
                    .filter(r -> r.select("a[href$=/" + referral + "]").size() == 1).findFirst().orElseThrow();
            List<String> dates = List.of(row.child(1).text(), row.child(2).selectFirst("span").text(), row.child(3).text());
            Document page = Jsoup.parse(mvc.perform(get("/staff/department/referrals/{c}/{r}", worked, referral)
                    .with(user(new StaffPrincipal(LIAISON))).locale(locale)).andReturn().getResponse().getContentAsString());
            List<String> onItsPage = page.select("dl.casework-facts dd").stream().limit(2)
                    .map(org.jsoup.nodes.Element::text).toList();
            java.time.format.DateTimeFormatter caseList = java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale);
            for (String date : java.util.stream.Stream.concat(dates.stream(), onItsPage.stream()).toList()) {
                assertThat(caseList.format(caseList.parse(date))).as(locale + ": " + dates + " " + onItsPage)
                        .isEqualTo(date);
            }
            assertThat(onItsPage).as("the same dates on the referral's page").isEqualTo(dates.subList(0, 2));
        }
    }

    /**
     * The staff reports page names each period by its days as every staff page writes a day ({@code @words}), and
     * each day is a {@code <time datetime="YYYY-MM-DD">}: formerly the days were plain text in the heading.
     */
    @Test
    void the_staff_reports_page_writes_each_periods_days_as_time_elements_in_english_and_spanish() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            Document page = Jsoup.parse(mvc.perform(get("/staff/reports").with(user(new StaffPrincipal(OMBUDSPERSON)))
                    .locale(locale)).andReturn().getResponse().getContentAsString());
            List<org.jsoup.nodes.Element> headings = page.select("main section > h2");
            assertThat(headings).as(locale + ": ended periods").isNotEmpty();
            java.time.format.DateTimeFormatter words = java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale);
            for (org.jsoup.nodes.Element heading : headings) {
                List<org.jsoup.nodes.Element> days = heading.select("time");
                assertThat(days).as(locale + ": " + heading.outerHtml()).hasSize(2);
                for (org.jsoup.nodes.Element day : days) {
                    assertThat(day.text()).as(heading.outerHtml())
                            .isEqualTo(words.format(LocalDate.parse(day.attr("datetime"))));
                }
                assertThat(heading.text()).as(heading.outerHtml()).isEqualTo(
                        (locale == Locale.ENGLISH ? "Period " : "Período ") + heading.id().substring("period-".length())
                        + " (" + days.get(0).text() + (locale == Locale.ENGLISH ? " to " : " a ") + days.get(1).text() + ")");
            }
        }
    }

    /**
     * JOURNEYS.md, "Auditor": the access log writes each view to the second (auditors look for bursts of reads within a
     * minute), in the office's time zone and the reader's language, the ISO moment in its {@code datetime}.
     */
    @Test
    void the_access_log_writes_each_view_to_the_second_in_english_and_spanish() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            Document page = Jsoup.parse(mvc.perform(get("/staff/access-log").with(user(new StaffPrincipal(AUDITOR)))
                    .locale(locale)).andReturn().getResponse().getContentAsString());
            List<org.jsoup.nodes.Element> moments = page.select("table.casework-table tbody time");
            assertThat(moments).as(locale + ": the document opened in the set-up").isNotEmpty();
            java.time.format.DateTimeFormatter toTheSecond = java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.MEDIUM)
                    .withLocale(locale).withZone(java.time.ZoneOffset.UTC);
            for (org.jsoup.nodes.Element moment : moments) {
                Instant at = Instant.parse(moment.attr("datetime"));
                assertThat(moment.text()).as(locale.toString()).isEqualTo(toTheSecond.format(at))
                        .contains(String.format("%02d", at.atZone(java.time.ZoneOffset.UTC).getSecond()));
            }
        }
    }

    /** Every enum constant a staff page could show, and every department code, as whole words. */
    private Pattern codes() {
        List<String> words = new ArrayList<>();
        Stream.of(CaseStage.class, TriageDecision.class, Finding.class, CaseOutcome.class, AllegationCategory.class,
                        IntakeChannel.class, DeadlineKind.class, InvestigativeStepKind.class, RecommendationAnswer.class,
                        StaffRole.class, IdentityViewPurpose.class, ComplaintStatus.class, ContactMethod.class,
                        FederalAgency.class, FederalRequestResponse.class, LegalDocument.class, RequestChannel.class,
                        RequestType.class, DocumentPurpose.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()))
                .map(Enum::name).filter(name -> name.length() > 2).forEach(words::add);
        departments.all().forEach(department -> words.add(department.code()));
        words.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?<![\\p{L}\\p{N}_-])(" + String.join("|", words.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}_-])");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    }
}
