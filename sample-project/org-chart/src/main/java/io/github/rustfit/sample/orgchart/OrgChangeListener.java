package io.github.rustfit.sample.orgchart;

import java.util.List;

/**
 * Told about each reorganisation once it is complete. A reorganisation that moves a subtree
 * produces several changes, delivered together so listeners never observe a half-done move.
 */
@FunctionalInterface
public interface OrgChangeListener {

    void onChanges(List<OrgChange> changes);
}
