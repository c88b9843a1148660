/** File writing that never leaves a half-written report, result or manifest behind. */
package io.github.rustfit.core.io;
