/**
 * Signals of CRUD-shaped web layers: HTTP endpoints, persistence mappings and repositories, and
 * services that only pass calls through.
 */
package io.github.rustfit.core.signals.crud;
