/** Spring wiring for the service. */
package io.github.rustfit.sample.orders.config;
