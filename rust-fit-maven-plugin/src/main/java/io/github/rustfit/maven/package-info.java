/**
 * The Maven skin: thin Mojos and the one class ({@link io.github.rustfit.maven.ReactorRequests})
 * that turns Maven's view of a reactor into the core's plain request. Only this package imports
 * Maven types.
 */
package io.github.rustfit.maven;
