/** REST controllers and the request and response bodies they exchange. */
package io.github.rustfit.sample.orders.web;
