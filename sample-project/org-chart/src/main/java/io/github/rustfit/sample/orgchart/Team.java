package io.github.rustfit.sample.orgchart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A team: a lead, members, and possibly sub-teams. Teams form a tree under one root. */
public final class Team {

    private final String id;
    private String name;
    private Employee lead;
    private Team parent;
    private final List<Employee> members = new ArrayList<>();
    private final List<Team> subTeams = new ArrayList<>();

    Team(String id, String name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    public Employee lead() {
        return lead;
    }

    void setLead(Employee lead) {
        this.lead = lead;
    }

    public Team parent() {
        return parent;
    }

    public List<Employee> members() {
        return Collections.unmodifiableList(members);
    }

    public List<Team> subTeams() {
        return Collections.unmodifiableList(subTeams);
    }

    void addMember(Employee employee) {
        if (!members.contains(employee)) {
            members.add(employee);
        }
    }

    void removeMember(Employee employee) {
        members.remove(employee);
        if (employee.equals(lead)) {
            lead = null;
        }
    }

    void moveUnder(Team newParent) {
        if (parent != null) {
            parent.subTeams.remove(this);
        }
        parent = newParent;
        if (newParent != null) {
            newParent.subTeams.add(this);
        }
    }

    /** Members of this team and of every team nested below it. */
    public int headcount() {
        int count = members.size();
        for (Team sub : subTeams) {
            count += sub.headcount();
        }
        return count;
    }

    public boolean isWithin(Team other) {
        for (Team t = this; t != null; t = t.parent) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Team other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
