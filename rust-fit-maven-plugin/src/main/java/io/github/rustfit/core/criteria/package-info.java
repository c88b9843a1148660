/**
 * The article's criteria, its three questions and the decision rule that turns evidence into a
 * verdict. Every signal serves exactly one {@link io.github.rustfit.core.criteria.Criterion}.
 */
package io.github.rustfit.core.criteria;
