/** Spring Data repositories, one per aggregate root. */
package io.github.rustfit.sample.orders.repository;
