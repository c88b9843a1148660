/** Signals of security-sensitive service code: TLS termination and token or credential verification. */
package io.github.rustfit.core.signals.security;
