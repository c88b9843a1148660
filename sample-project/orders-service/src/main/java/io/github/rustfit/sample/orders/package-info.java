/**
 * The orders service: customers place orders made of order lines. It exposes plain CRUD over
 * HTTP and stores everything through JPA; there is no business logic beyond keeping an order's
 * lines attached to it.
 */
package io.github.rustfit.sample.orders;
