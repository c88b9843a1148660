package io.github.rustfit.sample.orgchart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read-only questions about the reporting structure. */
public final class OrgQueries {

    private OrgQueries() {}

    /** The employee's managers, nearest first, up to the top. */
    public static List<Employee> reportingChain(Employee employee) {
        List<Employee> chain = new ArrayList<>();
        Set<Employee> seen = new HashSet<>();
        for (Employee m = employee.manager(); m != null && seen.add(m); m = m.manager()) {
            chain.add(m);
        }
        return chain;
    }

    /** True when {@code candidate} is {@code manager} or reports to them directly or indirectly. */
    public static boolean isInChainOf(Employee candidate, Employee manager) {
        if (candidate == manager) {
            return true;
        }
        return reportingChain(candidate).contains(manager);
    }

    /** The employee and everyone below them, breadth first. */
    public static List<Employee> subtree(Employee head) {
        List<Employee> result = new ArrayList<>();
        Deque<Employee> queue = new ArrayDeque<>();
        Set<Employee> seen = new HashSet<>();
        queue.add(head);
        while (!queue.isEmpty()) {
            Employee e = queue.poll();
            if (seen.add(e)) {
                result.add(e);
                queue.addAll(e.directReports());
            }
        }
        return result;
    }

    /** How many people report to the manager directly and in total. */
    public record SpanOfControl(int direct, int total, int depth) {}

    public static SpanOfControl spanOfControl(Employee manager) {
        int total = 0;
        int depth = 0;
        List<Employee> level = manager.directReports();
        while (!level.isEmpty()) {
            depth++;
            total += level.size();
            List<Employee> next = new ArrayList<>();
            for (Employee e : level) {
                next.addAll(e.directReports());
            }
            level = next;
        }
        return new SpanOfControl(manager.directReports().size(), total, depth);
    }

    /** The lowest manager both employees report to (or one of them, if one manages the other). */
    public static Optional<Employee> commonManager(Employee a, Employee b) {
        Set<Employee> aChain = new LinkedHashSet<>();
        aChain.add(a);
        aChain.addAll(reportingChain(a));
        if (aChain.contains(b)) {
            return Optional.of(b);
        }
        for (Employee m : reportingChain(b)) {
            if (aChain.contains(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Managers whose number of direct reports exceeds {@code limit}. */
    public static List<Employee> overloadedManagers(Collection<Employee> employees, int limit) {
        return employees.stream().filter(e -> e.directReports().size() > limit).toList();
    }

    /**
     * Looks for a loop in the manager links (A reports to B reports to ... reports to A), which
     * the chart's own operations prevent but imported data may contain. Colours each node white,
     * grey (on the current path) or black (done), walking up the manager links.
     */
    public static Optional<List<Employee>> findManagementCycle(Collection<Employee> employees) {
        Map<Employee, Integer> colour = new HashMap<>();
        final int grey = 1;
        final int black = 2;
        for (Employee start : employees) {
            if (colour.containsKey(start)) {
                continue;
            }
            List<Employee> path = new ArrayList<>();
            Employee e = start;
            while (e != null && !colour.containsKey(e)) {
                colour.put(e, grey);
                path.add(e);
                e = e.manager();
            }
            if (e != null && colour.get(e) == grey) {
                return Optional.of(List.copyOf(path.subList(path.indexOf(e), path.size())));
            }
            for (Employee done : path) {
                colour.put(done, black);
            }
        }
        return Optional.empty();
    }

    /** Headcount of every team under {@code root}, including nested members. */
    public static Map<Team, Integer> headcounts(Team root) {
        Map<Team, Integer> counts = new HashMap<>();
        Deque<Team> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Team t = stack.pop();
            counts.put(t, t.headcount());
            t.subTeams().forEach(stack::push);
        }
        return counts;
    }
}
