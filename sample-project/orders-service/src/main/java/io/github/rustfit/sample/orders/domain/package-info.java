/** JPA entities of the orders schema. */
package io.github.rustfit.sample.orders.domain;
