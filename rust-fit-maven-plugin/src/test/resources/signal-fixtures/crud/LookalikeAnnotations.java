package fixtures.crud;

import com.example.routing.GET;
import com.example.routing.Path;

/** Near-miss: annotations that share names with JAX-RS but come from elsewhere. */
@Path("/internal")
class InternalRoutes {

    @GET
    String ping() {
        return "pong";
    }
}
