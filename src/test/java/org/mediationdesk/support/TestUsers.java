package org.mediationdesk.support;

import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates users for a test, named uniquely so runs against a shared database do not collide. */
public final class TestUsers {

    private final UserMapper users;
    private final String passwordHash;

    public TestUsers(UserMapper users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordHash = passwordEncoder.encode(ApiClient.DEMO_PASSWORD);
    }

    /** A mediator of {@code centre} with the password {@code demo}, a cap of 15 and these specialties. */
    public String mediator(String prefix, String centre, List<String> specialties) {
        String name = prefix + "-" + System.nanoTime();
        var user = new UserMapper.NewUser(name, passwordHash, name, centre, LocalDateTime.now());
        users.insertUser(user);
        users.insertRole(user.getId(), Role.MEDIATOR);
        users.insertMediator(user.getId(), 15);
        specialties.forEach(type -> users.insertSpecialty(user.getId(), type));
        return name;
    }
}
