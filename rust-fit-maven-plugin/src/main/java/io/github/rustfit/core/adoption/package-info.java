/**
 * Where to start with a module the article favours: its hotspot classes and the smallest first
 * step on the article's adoption path.
 */
package io.github.rustfit.core.adoption;
