package org.sanctuaryoversight.app.surveillance;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.web.StreamedUpload;
import org.sanctuaryoversight.app.web.UploadAllowance;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.report.ledger.SurveillanceLedger;
import org.sanctuaryoversight.report.SurveillanceReportsModule;
import org.sanctuaryoversight.surveillance.ImportingAuditLog;
import org.sanctuaryoversight.surveillance.LogSubmissionPolicy;
import org.sanctuaryoversight.surveillance.SurveillanceModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the surveillance data-sharing audit of {@code oversight-core} into the application. */
@Configuration(proxyBeanMethods = false)
class SurveillanceConfiguration {

    /** Where audit logs are uploaded (and uploaded again to check them under new rules). */
    static final String UPLOAD_PATH = "/staff/surveillance/imports";
    /** Room for the form's other fields beside the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    SurveillanceModule surveillanceModule(MongoDatabase database) {
        return new SurveillanceModule(database);
    }

    /** The report's record of audited logs: what the 90-day report counts of the audit. */
    @Bean
    SurveillanceLedger surveillanceLedger(MongoDatabase database) {
        return new SurveillanceLedger(database);
    }

    @Bean
    SurveillanceReportsModule surveillanceReportsModule(SurveillanceLedger ledger) {
        return new SurveillanceReportsModule(ledger);
    }

    @Bean
    ImportingAuditLog importingAuditLog(CommandGateway commands, QueryGateway queries, PersonalDataVault vault,
                                        SurveillanceProperties properties, Clock clock) {
        return new ImportingAuditLog(commands, queries, vault, properties.ruleSet(), properties.configuredLayouts(),
                properties.timeZone(), clock);
    }

    /**
     * Logs are due from {@code oversight.surveillance.logs-due-from}, or else from the month the ordinance took
     * effect ({@code oversight.reports.effective-date}): the day the city's oversight began.
     */
    @Bean
    LogSubmissionPolicy logSubmissionPolicy(SurveillanceProperties properties,
                                            @Value("${oversight.reports.effective-date:2025-01-01}") LocalDate effective) {
        return new LogSubmissionPolicy(properties.departments().stream()
                .filter(SurveillanceProperties.DepartmentEntry::logsRequired)
                .map(SurveillanceProperties.DepartmentEntry::code).toList(),
                properties.logsDueFrom() == null ? YearMonth.from(effective) : properties.logsDueFrom(),
                properties.logGraceDays());
    }

    @Bean
    ImportProgressBoard importProgressBoard(Clock clock) {
        return new ImportProgressBoard(clock);
    }

    /** One import at a time per instance: each holds a pass's worth of memory, and the event store serializes anyway. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService auditLogImports() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "audit-log-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    AuditLogUploads auditLogUploads(ImportingAuditLog importing, SurveillanceProperties properties,
                                    ImportProgressBoard progress, ExecutorService auditLogImports) {
        return new AuditLogUploads(importing, properties, progress, auditLogImports);
    }

    @Bean
    ReadingAuditFindings readingAuditFindings(QueryGateway queries, CommandGateway commands, PersonalDataVault vault,
                                              LogSubmissionPolicy logs, SurveillanceProperties properties, Clock clock) {
        return new ReadingAuditFindings(queries, commands, vault, logs, properties.timeZone(), clock);
    }

    @Bean
    UploadAllowance auditLogUploadAllowance(SurveillanceProperties properties) {
        return new UploadAllowance(Set.of(UPLOAD_PATH), properties.maxUploadSize().toBytes() + FORM_OVERHEAD);
    }

    @Bean
    StreamedUpload auditLogStreamedUpload() {
        return new StreamedUpload(Set.of(UPLOAD_PATH));
    }
}
