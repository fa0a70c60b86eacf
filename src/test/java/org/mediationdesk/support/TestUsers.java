package org.mediationdesk.support;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates users for a test, named uniquely so runs against a shared database do not collide.
 * Mediators with a specialty would otherwise attract later tests' cases through the assignment
 * rules, so a test retires them when it ends ({@link #retireMediators}).
 */
public final class TestUsers {

    private final UserMapper users;
    private final String passwordHash;
    private final List<String> created = new ArrayList<>();

    public TestUsers(UserMapper users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordHash = passwordEncoder.encode(ApiClient.DEMO_PASSWORD);
    }

    /** Marks every mediator this instance created inactive, so the assignment rules pass them over. */
    public void retireMediators(JdbcTemplate jdbc) {
        created.forEach(name -> jdbc.update(
                "UPDATE mediator SET active = FALSE WHERE user_id = (SELECT id FROM app_user WHERE username = ?)", name));
    }

    /** A rule author (RULE_AUTHOR, no centre) with the password {@code demo}. */
    public String ruleAuthor(String prefix) {
        String name = prefix + "-" + System.nanoTime();
        var user = new UserMapper.NewUser(name, passwordHash, name, null, LocalDateTime.now());
        users.insertUser(user);
        users.insertRole(user.getId(), Role.RULE_AUTHOR);
        return name;
    }

    /**
     * An administrator (ADMIN, no centre) with the password {@code demo}; letters and digits only,
     * as Camunda's user ids, where administrators are mirrored, must be.
     */
    public String administrator(String prefix) {
        String name = prefix + System.nanoTime();
        var user = new UserMapper.NewUser(name, passwordHash, name, null, LocalDateTime.now());
        users.insertUser(user);
        users.insertRole(user.getId(), Role.ADMIN);
        return name;
    }

    /** A court's system (COURT, at the county centre) with the password {@code demo}. */
    public String court(String prefix) {
        String name = prefix + "-" + System.nanoTime();
        var user = new UserMapper.NewUser(name, passwordHash, name, "NX-COUNTY", LocalDateTime.now());
        users.insertUser(user);
        users.insertRole(user.getId(), Role.COURT);
        return name;
    }

    /** A mediator of {@code centre} with the password {@code demo}, a cap of 15 and these specialties. */
    public String mediator(String prefix, String centre, List<String> specialties) {
        String name = prefix + "-" + System.nanoTime();
        var user = new UserMapper.NewUser(name, passwordHash, name, centre, LocalDateTime.now());
        users.insertUser(user);
        users.insertRole(user.getId(), Role.MEDIATOR);
        users.insertMediator(user.getId(), 15);
        specialties.forEach(type -> users.insertSpecialty(user.getId(), type));
        created.add(name);
        return name;
    }
}
