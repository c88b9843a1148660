/**
 * Signals of what a module is for as a whole (a command-line tool, a client library, an adapter to
 * a framework, a packaging module...), which decide how its code evidence is read rather than
 * adding to it.
 */
package io.github.rustfit.core.signals.role;
