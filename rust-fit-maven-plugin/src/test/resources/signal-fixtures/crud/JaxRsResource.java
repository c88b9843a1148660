package fixtures.crud;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A JAX-RS resource: the class counts once, each resource method once. */
@Path("/customers")
class CustomerResource { // expect: crud.web-endpoints

    @GET
    @Path("/{id}")
    String get(@PathParam("id") long id) { // expect: crud.web-endpoints
        return "customer " + id;
    }

    @POST
    String create(String body) { // expect: crud.web-endpoints
        return body;
    }
}
