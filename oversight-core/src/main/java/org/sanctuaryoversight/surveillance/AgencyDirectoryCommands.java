package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;

/** The office classifying an agency of the license-plate reader logs, and the fact it leaves. */
public final class AgencyDirectoryCommands {

    /** The city has one directory of agencies. */
    public static final String DIRECTORY_ID = "alpr-agency-directory";

    private AgencyDirectoryCommands() {
    }

    /** @param type federal, out of state or another California agency (own-department names are configuration) */
    public record ClassifyAgencyCommand(@TargetAggregateIdentifier String directoryId, String agency, AgencyType type,
                                        StaffMember by, Instant classifiedAt) {
        public ClassifyAgencyCommand(String agency, AgencyType type, StaffMember by, Instant classifiedAt) {
            this(DIRECTORY_ID, agency, type, by, classifiedAt);
        }
    }

    /** An agency (named as in the logs) is of this type from now on; stored by class name, never rename it. */
    public record AgencyClassifiedEvent(String directoryId, String agency, AgencyType type, String classifiedBy,
                                        Instant classifiedAt) {
    }
}
