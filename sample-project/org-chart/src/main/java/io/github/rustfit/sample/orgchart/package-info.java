/**
 * The organisation model behind the HR directory: who reports to whom, which team everyone is
 * in, and how teams nest. Links are kept in both directions (an employee knows their manager and
 * the manager knows their reports) and {@link io.github.rustfit.sample.orgchart.OrgChart} is the
 * only place that changes them, so the two sides never disagree. Interested parties (directory
 * sync, access reviews) subscribe to reorganisations as they happen.
 */
package io.github.rustfit.sample.orgchart;
