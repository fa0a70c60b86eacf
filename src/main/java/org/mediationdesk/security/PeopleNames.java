package org.mediationdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * People as pages and documents name them: a user's display name for their login ({@code 令狐调解员}, not
 * {@code linghu.mediator}); the system's own actor in the reader's language. Templates call it as
 * {@code ${@peopleNames.of(login)}}. Names are read again after a short while, so a renamed user shows
 * their new name on every node soon.
 */
@Component("peopleNames")
public class PeopleNames {

    /** The actor of what timers and rules do. */
    public static final String SYSTEM = "system";
    /** The registrant of online applications (网上申请): an account no one signs in with, named in histories. */
    public static final String ONLINE = "online";
    /** A party acting on the public side (当事人（网上）): looking their case up, rating it. */
    public static final String PUBLIC_PARTY = "public";
    private static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final Set<String> RESERVED = Set.of(SYSTEM, ONLINE, PUBLIC_PARTY);

    private final UserMapper users;
    private final MessageSource messages;
    private final Clock clock;
    private volatile Names names = new Names(Map.of(), Instant.MIN);

    PeopleNames(UserMapper users, MessageSource messages, Clock clock) {
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A login the application writes in histories for actors that are no account (the system, online applications,
     * parties on the public side): an account of that name would read as them.
     */
    public static boolean isReserved(String username) {
        return username != null && RESERVED.contains(username);
    }

    /** The person's name, or the login when there is no such user (a login kept from before, a removed account). */
    public String of(String username) {
        if (username == null) {
            return null;
        }
        if (SYSTEM.equals(username)) {
            return messages.getMessage("people.system", null, LocaleContextHolder.getLocale());
        }
        if (ONLINE.equals(username)) {
            return messages.getMessage("people.online", null, LocaleContextHolder.getLocale());
        }
        if (PUBLIC_PARTY.equals(username)) {
            return messages.getMessage("people.public", null, LocaleContextHolder.getLocale());
        }
        String name = current(username).get(username);
        return name == null || name.isBlank() ? username : name;
    }

    private Map<String, String> current(String wanted) {
        Names known = names;
        Instant now = clock.instant();
        if (known.readAt().plus(FRESH_FOR).isBefore(now) || !known.byLogin().containsKey(wanted)
                && known.readAt().plusSeconds(1).isBefore(now)) {
            known = new Names(users.findAll().stream().collect(Collectors.toMap(UserMapper.UserRow::username,
                    row -> row.displayName() == null ? "" : row.displayName())), now);
            names = known;
        }
        return known.byLogin();
    }

    private record Names(Map<String, String> byLogin, Instant readAt) {
    }
}
