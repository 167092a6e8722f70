package org.sanctuaryoversight.staff;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who is acting: carried in commands so the aggregates can enforce the ordinance's "who may do what"
 * rules themselves (for example, a liaison answers only for their own department).
 *
 * <p>Serializable because the signed-in member travels in the staff session, which is kept in MongoDB so that
 * every instance shares it (its stored JSON in events is unchanged).
 *
 * @param department the department code for a {@link StaffRole#DEPARTMENT_LIAISON}; null for other roles
 */
public record StaffMember(String userId, String displayName, StaffRole role, String department)
        implements Serializable {
    public StaffMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (role == StaffRole.DEPARTMENT_LIAISON && (department == null || department.isBlank())) {
            throw new IllegalArgumentException("A department liaison must be bound to a department");
        }
    }

    public boolean isLiaisonOf(String departmentCode) {
        return role == StaffRole.DEPARTMENT_LIAISON && department.equals(departmentCode);
    }
}
