/** How sources are parsed: JavaParser configuration and language levels. */
package io.github.rustfit.core.parse;
