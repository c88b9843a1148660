package io.github.rustfit.sample.orgchart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A person in the organisation. Relationships are changed only through {@link OrgChart}. */
public final class Employee {

    private final String id;
    private String name;
    private String title;
    private Employee manager;
    private final List<Employee> directReports = new ArrayList<>();
    private Team team;

    Employee(String id, String name, String title) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.title = Objects.requireNonNull(title);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    void rename(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** The manager, or {@code null} for the top of the organisation. */
    public Employee manager() {
        return manager;
    }

    public List<Employee> directReports() {
        return Collections.unmodifiableList(directReports);
    }

    public Team team() {
        return team;
    }

    public boolean isManager() {
        return !directReports.isEmpty();
    }

    /** Re-points both sides of the manager link. */
    void reportTo(Employee newManager) {
        if (manager != null) {
            manager.directReports.remove(this);
        }
        manager = newManager;
        if (newManager != null) {
            newManager.directReports.add(this);
        }
    }

    void joinTeam(Team newTeam) {
        if (team != null) {
            team.removeMember(this);
        }
        team = newTeam;
        if (newTeam != null) {
            newTeam.addMember(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Employee other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + title + ")";
    }
}
