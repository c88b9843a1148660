package io.github.rustfit.sample.orgchart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The organisation: all employees and teams, and every operation that changes how they relate.
 * Each public mutator validates first, then changes both sides of every affected link, then
 * notifies listeners with the full list of changes.
 */
public final class OrgChart {

    private final Map<String, Employee> employees = new LinkedHashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final List<OrgChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Team root;

    public OrgChart(String rootTeamId, String rootTeamName) {
        this.root = new Team(rootTeamId, rootTeamName);
        teams.put(rootTeamId, root);
    }

    public void addListener(OrgChangeListener listener) {
        listeners.add(listener);
    }

    public void removeListener(OrgChangeListener listener) {
        listeners.remove(listener);
    }

    public Team rootTeam() {
        return root;
    }

    public Optional<Employee> employee(String id) {
        return Optional.ofNullable(employees.get(id));
    }

    public Optional<Team> team(String id) {
        return Optional.ofNullable(teams.get(id));
    }

    public Collection<Employee> employees() {
        return Collections.unmodifiableCollection(employees.values());
    }

    /** The people nobody manages: normally just the CEO. */
    public List<Employee> topLevel() {
        return employees.values().stream().filter(e -> e.manager() == null).toList();
    }

    public Employee hire(String id, String name, String title, Employee manager, Team team) {
        if (employees.containsKey(id)) {
            throw new ReorgException("employee " + id + " already exists");
        }
        requireKnown(manager);
        requireKnown(team);
        Employee employee = new Employee(id, name, title);
        employees.put(id, employee);
        employee.reportTo(manager);
        employee.joinTeam(team);
        publish(List.of(new OrgChange.Hired(employee)));
        return employee;
    }

    public Team createTeam(String id, String name, Team parent, Employee lead) {
        if (teams.containsKey(id)) {
            throw new ReorgException("team " + id + " already exists");
        }
        requireKnown(parent);
        requireKnown(lead);
        Team team = new Team(id, name);
        teams.put(id, team);
        team.moveUnder(parent == null ? root : parent);
        List<OrgChange> changes = new ArrayList<>();
        if (lead != null) {
            changes.add(new OrgChange.TeamChanged(lead, lead.team(), team));
            lead.joinTeam(team);
            team.setLead(lead);
            changes.add(new OrgChange.LeadChanged(team, null, lead));
        }
        publish(changes);
        return team;
    }

    /**
     * Moves an employee, with everyone below them, under a new manager. Refuses moves that would
     * make someone their own (indirect) manager.
     */
    public void changeManager(Employee employee, Employee newManager) {
        requireKnown(employee);
        requireKnown(newManager);
        if (newManager != null && OrgQueries.isInChainOf(newManager, employee)) {
            throw new ReorgException(
                    newManager + " reports (indirectly) to " + employee + "; moving would create a cycle");
        }
        Employee old = employee.manager();
        if (old == newManager) {
            return;
        }
        employee.reportTo(newManager);
        publish(List.of(new OrgChange.ManagerChanged(employee, old, newManager)));
    }

    /**
     * Moves a manager's whole organisation into another team: the manager and every direct or
     * indirect report who was in the manager's team follows; people elsewhere stay put.
     */
    public void moveOrganisation(Employee head, Team destination) {
        requireKnown(head);
        requireKnown(destination);
        Team from = head.team();
        List<OrgChange> changes = new ArrayList<>();
        for (Employee e : OrgQueries.subtree(head)) {
            if (e.team() == from && from != destination) {
                changes.add(new OrgChange.TeamChanged(e, from, destination));
                e.joinTeam(destination);
            }
        }
        publish(changes);
    }

    public void moveTeam(Team team, Team newParent) {
        requireKnown(team);
        requireKnown(newParent);
        if (team == root) {
            throw new ReorgException("the root team cannot move");
        }
        if (newParent.isWithin(team)) {
            throw new ReorgException(newParent + " is inside " + team + "; moving would create a cycle");
        }
        Team old = team.parent();
        team.moveUnder(newParent);
        publish(List.of(new OrgChange.TeamMoved(team, old, newParent)));
    }

    public void changeLead(Team team, Employee newLead) {
        requireKnown(team);
        requireKnown(newLead);
        List<OrgChange> changes = new ArrayList<>();
        if (newLead != null && newLead.team() != team) {
            changes.add(new OrgChange.TeamChanged(newLead, newLead.team(), team));
            newLead.joinTeam(team);
        }
        Employee old = team.lead();
        team.setLead(newLead);
        changes.add(new OrgChange.LeadChanged(team, old, newLead));
        publish(changes);
    }

    /**
     * Removes an employee. Their direct reports move up to the leaver's manager, and a team
     * they led is left without a lead until someone is appointed.
     */
    public void offboard(Employee leaver) {
        requireKnown(leaver);
        Employee successor = leaver.manager();
        List<OrgChange> changes = new ArrayList<>();
        for (Employee report : new ArrayList<>(leaver.directReports())) {
            report.reportTo(successor);
            changes.add(new OrgChange.ManagerChanged(report, leaver, successor));
        }
        Team team = leaver.team();
        if (team != null && leaver.equals(team.lead())) {
            changes.add(new OrgChange.LeadChanged(team, leaver, null));
        }
        leaver.reportTo(null);
        leaver.joinTeam(null);
        employees.remove(leaver.id());
        changes.add(new OrgChange.Left(leaver, successor));
        publish(changes);
    }

    /**
     * Checks every link in both directions. Returns descriptions of what is wrong; empty when
     * the chart is consistent. Used after bulk imports from the HR system.
     */
    public List<String> verify() {
        List<String> problems = new ArrayList<>();
        for (Employee e : employees.values()) {
            Employee m = e.manager();
            if (m != null && !m.directReports().contains(e)) {
                problems.add(e + " names " + m + " as manager but is not among their reports");
            }
            for (Employee r : e.directReports()) {
                if (r.manager() != e) {
                    problems.add(r + " is listed under " + e + " but reports to " + r.manager());
                }
            }
            if (e.team() != null && !e.team().members().contains(e)) {
                problems.add(e + " claims team " + e.team() + " which does not list them");
            }
        }
        OrgQueries.findManagementCycle(employees.values())
                .ifPresent(cycle -> problems.add("management cycle: " + cycle));
        return problems;
    }

    private void requireKnown(Employee employee) {
        if (employee != null && employees.get(employee.id()) != employee) {
            throw new ReorgException(employee + " is not part of this organisation");
        }
    }

    private void requireKnown(Team team) {
        if (team != null && teams.get(team.id()) != team) {
            throw new ReorgException("team " + team + " is not part of this organisation");
        }
    }

    private void publish(List<OrgChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<OrgChange> immutable = List.copyOf(changes);
        for (OrgChangeListener listener : listeners) {
            listener.onChanges(immutable);
        }
    }
}
