/** Transactional services the controllers call. */
package io.github.rustfit.sample.orders.service;
