package io.github.rustfit.sample.orgchart;

/** Something that changed in the organisation, as told to {@link OrgChangeListener}s. */
public sealed interface OrgChange {

    record Hired(Employee employee) implements OrgChange {}

    record Left(Employee employee, Employee formerManager) implements OrgChange {}

    record ManagerChanged(Employee employee, Employee oldManager, Employee newManager) implements OrgChange {}

    record TeamChanged(Employee employee, Team oldTeam, Team newTeam) implements OrgChange {}

    record TeamMoved(Team team, Team oldParent, Team newParent) implements OrgChange {}

    record LeadChanged(Team team, Employee oldLead, Employee newLead) implements OrgChange {}
}
