package org.mediationdesk.users;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PasswordPolicy;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.SignedInSessions;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: create, change roles and centre, disable and enable, reset
 * the password. A user given the mediator role becomes a mediator the assignment rules can pick
 * (cap {@value #DEFAULT_CASE_CAP} until changed on the mediators page); losing it retires them.
 */
@Service
public class UserAdministration {

    static final int DEFAULT_CASE_CAP = 15;
    private static final Set<Role> AT_A_CENTRE = EnumSet.of(Role.INTAKE, Role.MEDIATOR, Role.MANAGER);

    private final UserMapper users;
    private final SignedInSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final Clock clock;

    UserAdministration(UserMapper users, SignedInSessions sessions, PasswordEncoder passwordEncoder,
                       ReferenceData referenceData, MessageSource messages, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.referenceData = referenceData;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        Map<Long, Set<Role>> roles = users.findAllRoles().stream().collect(Collectors.groupingBy(
                UserMapper.UserRoleRow::userId,
                Collectors.mapping(UserMapper.UserRoleRow::roleCode, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return users.findAll().stream()
                .map(row -> new Account(row.username(), row.displayName(), row.centreCode(), row.agencyCode(), row.enabled(),
                        roles.getOrDefault(row.id(), EnumSet.noneOf(Role.class))))
                .toList();
    }

    @Transactional(readOnly = true)
    public Account account(String username) {
        UserMapper.UserRow row = row(username);
        List<Role> roles = users.findRoles(row.id());
        return new Account(row.username(), row.displayName(), row.centreCode(), row.agencyCode(), row.enabled(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    @Transactional
    public void create(UserForm form) {
        List<FieldProblem> problems = profileProblems(form);
        if (PeopleNames.isReserved(form.getUsername())) {
            problems.add(problem("username", "user.username.reserved"));
        } else if (users.findByUsername(form.getUsername()).isPresent()) {
            problems.add(problem("username", "user.username.taken"));
        }
        passwordProblem(form.getUsername(), form.getPassword()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var user = new UserMapper.NewUser(form.getUsername(), passwordEncoder.encode(form.getPassword()),
                form.getDisplayName(), centreOf(form), LocalDateTime.now(clock));
        users.insertUser(user);
        users.updatePassword(user.getId(), user.getPasswordHash(), true);
        users.updateAgency(user.getId(), agencyOf(form));
        saveRoles(user.getId(), form.getRoles());
    }

    /** Changes display name, roles and centre; the user name and password stay. */
    @Transactional
    public void update(String username, UserForm form) {
        UserMapper.UserRow row = row(username);
        List<FieldProblem> problems = profileProblems(form);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        users.updateProfile(row.id(), form.getDisplayName(), centreOf(form));
        users.updateAgency(row.id(), agencyOf(form));
        users.deleteRoles(row.id());
        saveRoles(row.id(), form.getRoles());
    }

    /**
     * A disabled user cannot sign in, and their open sessions end; their cases and history stay.
     * Administrators cannot disable themselves.
     */
    @Transactional
    public void setEnabled(String username, boolean enabled, AppUser admin) {
        if (!enabled && admin.username().equals(username)) {
            throw new InvalidRequestException(List.of(problem("enabled", "user.disable.self")));
        }
        users.updateEnabled(row(username).id(), enabled);
        if (!enabled) {
            sessions.endAllOf(username);
        }
    }

    /** The user's open sessions end: whoever knew the old password is signed out. */
    @Transactional
    public void resetPassword(String username, String password) {
        UserMapper.UserRow row = row(username);
        passwordProblem(username, password).ifPresent(problem -> {
            throw new InvalidRequestException(List.of(problem));
        });
        users.updatePassword(row.id(), passwordEncoder.encode(password), true);
        sessions.endAllOf(username);
    }

    /**
     * A user's own change: the current password, a new one that meets the policy and differs from it, typed
     * twice. Their other sessions end; the caller signs this one out.
     */
    @Transactional
    public void changeOwnPassword(String username, String current, String replacement, String confirmation) {
        UserMapper.UserRow row = row(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !passwordEncoder.matches(current, row.passwordHash())) {
            problems.add(problem("currentPassword", "account.password.currentWrong"));
        }
        passwordProblem(username, replacement).map(p -> new FieldProblem("newPassword", p.message()))
                .ifPresent(problems::add);
        if (replacement != null && replacement.equals(current)) {
            problems.add(problem("newPassword", "account.password.same"));
        }
        if (replacement == null || !replacement.equals(confirmation)) {
            problems.add(problem("confirmation", "account.password.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        users.updatePassword(row.id(), passwordEncoder.encode(replacement), false);
        sessions.endAllOf(username);
    }

    private void saveRoles(long userId, Set<Role> roles) {
        roles.forEach(role -> users.insertRole(userId, role));
        boolean mediator = roles.contains(Role.MEDIATOR);
        if (users.isMediator(userId)) {
            users.updateMediatorActive(userId, mediator);
        } else if (mediator) {
            users.insertMediator(userId, DEFAULT_CASE_CAP);
        }
    }

    private List<FieldProblem> profileProblems(UserForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean needsCentre = form.getRoles().stream().anyMatch(AT_A_CENTRE::contains);
        if (needsCentre && form.getCentreCode() == null) {
            problems.add(problem("centreCode", "user.centre.required"));
        }
        if (form.getCentreCode() != null && referenceData.centre(form.getCentreCode()).isEmpty()) {
            problems.add(problem("centreCode", "user.centre.unknown"));
        }
        if (form.getRoles().contains(Role.AGENCY) && form.getAgencyCode() == null) {
            problems.add(problem("agencyCode", "user.agency.required"));
        }
        if (form.getAgencyCode() != null && referenceData.agency(form.getAgencyCode()).isEmpty()) {
            problems.add(problem("agencyCode", "user.agency.unknown"));
        }
        return problems;
    }

    /** What the password lacks (PasswordPolicy), all in one message for the password field. */
    private Optional<FieldProblem> passwordProblem(String username, String password) {
        List<String> lacking = PasswordPolicy.problems(username, password);
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        Object[] limits = {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES};
        return Optional.of(new FieldProblem("password", lacking.stream()
                .map(key -> messages.getMessage(key, limits, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(" "))));
    }

    /** Administrators and rule authors work for no centre: a centre chosen for them alone is dropped. */
    private static String centreOf(UserForm form) {
        return form.getRoles().stream().anyMatch(AT_A_CENTRE::contains) ? form.getCentreCode() : null;
    }

    /** Only an agency's staff answer for an agency: one chosen for anyone else is dropped. */
    private static String agencyOf(UserForm form) {
        return form.getRoles().contains(Role.AGENCY) ? form.getAgencyCode() : null;
    }

    private UserMapper.UserRow row(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UserNotFoundException(username));
    }

    private FieldProblem problem(String field, String code) {
        return new FieldProblem(field, messages.getMessage(code, null, LocaleContextHolder.getLocale()));
    }

    /** An account as the administration pages list it. */
    public record Account(String username, String displayName, String centreCode, String agencyCode, boolean enabled,
                          Set<Role> roles) {
    }

    /** No account has this user name. */
    public static class UserNotFoundException extends NotFoundException {
        UserNotFoundException(String username) {
            super("user.notFound", "No user " + username);
        }
    }
}
