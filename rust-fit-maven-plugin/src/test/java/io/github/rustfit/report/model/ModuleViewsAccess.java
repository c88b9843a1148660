package io.github.rustfit.report.model;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.SignalResult;
import java.util.List;

/** Opens {@link ModuleViews}' package-private building blocks to tests in other packages. */
public final class ModuleViewsAccess {

    private ModuleViewsAccess() {}

    /** The view of one signal with the given evidence, without links. */
    public static ReportModel.SignalView signal(String id, List<Evidence> evidence) {
        return ModuleViews.signal(
                new SignalResult(id, Criterion.DATA_PLANE, "d", evidence.size(), 1.0, evidence, 0), SourceLinks.NONE);
    }
}
