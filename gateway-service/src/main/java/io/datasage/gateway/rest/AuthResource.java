package io.datasage.gateway.rest;

import io.datasage.gateway.mapping.UserMapper;
import io.datasage.gateway.rest.AuthRequests.Login;
import io.datasage.gateway.rest.AuthRequests.Register;
import io.datasage.gateway.rest.AuthResponses.TokenView;
import io.datasage.gateway.rest.AuthResponses.UserView;
import io.datasage.gateway.service.AuthService;
import io.datasage.platform.problem.ProblemException;
import io.datasage.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Registration, login and the caller's own account. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final CurrentUser currentUser;

    public AuthResource(AuthService auth, CurrentUser currentUser) {
        this.auth = auth;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/register")
    public Response register(Register body, @Context HttpServerRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("Send a JSON body with 'email', 'password' and optionally 'full_name'.");
        }
        TokenView view = UserMapper.toView(auth.register(
                body.email(),
                body.password(),
                body.fullName(),
                request.remoteAddress().hostAddress()));
        return Response.created(URI.create("/api/auth/me")).entity(view).build();
    }

    @POST
    @Path("/login")
    public TokenView login(Login body, @Context HttpServerRequest request) {
        if (body == null) {
            throw ProblemException.badRequest("Send a JSON body with 'email' and 'password'.");
        }
        return UserMapper.toView(auth.login(
                body.email(), body.password(), request.remoteAddress().hostAddress()));
    }

    @GET
    @Path("/me")
    @Authenticated
    public UserView me() {
        return UserMapper.toView(auth.me(currentUser.id()));
    }
}
