/**
 * Code signals: small, final classes that each look for one kind of evidence in a parsed source
 * file (or in a module's shape) and report where they found it. {@link
 * io.github.rustfit.core.signals.registry.SignalRegistry} is the one explicit list of them.
 */
package io.github.rustfit.core.signals;
