package io.github.rustfit.sample.orgchart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A listener that keeps a human-readable history of reorganisations, shown on the directory's
 * "recent changes" page.
 */
public final class OrgChangeLog implements OrgChangeListener {

    private final int capacity;
    private final List<String> entries = new ArrayList<>();

    public OrgChangeLog(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void onChanges(List<OrgChange> changes) {
        for (OrgChange change : changes) {
            entries.add(describe(change));
        }
        while (entries.size() > capacity) {
            entries.remove(0);
        }
    }

    public synchronized List<String> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    static String describe(OrgChange change) {
        if (change instanceof OrgChange.Hired c) {
            return c.employee() + " joined, reporting to " + nameOf(c.employee().manager());
        } else if (change instanceof OrgChange.Left c) {
            return c.employee() + " left; reports now go to " + nameOf(c.formerManager());
        } else if (change instanceof OrgChange.ManagerChanged c) {
            return c.employee() + " moved from " + nameOf(c.oldManager()) + " to " + nameOf(c.newManager());
        } else if (change instanceof OrgChange.TeamChanged c) {
            return c.employee() + " moved from team " + nameOf(c.oldTeam()) + " to " + nameOf(c.newTeam());
        } else if (change instanceof OrgChange.TeamMoved c) {
            return "team " + c.team() + " moved from " + nameOf(c.oldParent()) + " to " + nameOf(c.newParent());
        } else if (change instanceof OrgChange.LeadChanged c) {
            return "team " + c.team() + " is now led by " + nameOf(c.newLead());
        }
        throw new IllegalArgumentException("unknown change " + change);
    }

    private static String nameOf(Object o) {
        return o == null ? "nobody" : o.toString();
    }
}
