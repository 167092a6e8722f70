package org.sanctuaryoversight.department;

import java.util.List;

/** The departments this city's ordinance binds. Configured per city; see the README's configuration table. */
public interface DepartmentDirectory {

    List<Department> all();

    default boolean exists(String code) {
        return all().stream().anyMatch(department -> department.code().equals(code));
    }

    static DepartmentDirectory of(List<Department> departments) {
        List<Department> copy = List.copyOf(departments);
        return () -> copy;
    }
}
