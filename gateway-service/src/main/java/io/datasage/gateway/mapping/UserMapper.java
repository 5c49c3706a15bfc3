package io.datasage.gateway.mapping;

import io.datasage.gateway.repository.UserEntity;
import io.datasage.gateway.rest.AuthResponses.TokenView;
import io.datasage.gateway.rest.AuthResponses.UserView;
import io.datasage.gateway.service.AuthService.Session;

/** Converts stored users and sessions into API views. */
public final class UserMapper {

    private UserMapper() {}

    /** The public view of a user. */
    public static UserView toView(UserEntity user) {
        return new UserView(
                user.id,
                user.email,
                user.fullName,
                user.createdAt,
                user.groupsOrDefault().stream().sorted().toList());
    }

    /** The token response of a session. */
    public static TokenView toView(Session session) {
        return new TokenView(session.token().token(), "Bearer", session.token().expiresIn(), toView(session.user()));
    }
}
