package org.mediationdesk.exchange;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds each COURT account to the one court it speaks for: administrators set it, and the inbound API accepts
 * entrustments only in that court's name. An account with no court bound may send nothing.
 */
@Service
public class CourtAccounts {

    private final CourtAccountMapper accounts;
    private final UserMapper users;
    private final Validator fieldRules;
    private final Clock clock;

    CourtAccounts(CourtAccountMapper accounts, UserMapper users, Validator fieldRules, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.fieldRules = fieldRules;
        this.clock = clock;
    }

    /** The court the account speaks for; refused (403) when none is bound. */
    CourtAccountMapper.CourtAccount courtOf(String username) {
        return accounts.find(username).orElseThrow(NotBound::new);
    }

    List<CourtAccountMapper.CourtAccount> list() {
        return accounts.findAll();
    }

    /** Every account with the COURT role, by name, with the court it speaks for (null: none bound yet). */
    List<CourtAccountView> courtAccounts() {
        Set<Long> courts = users.findAllRoles().stream().filter(row -> row.roleCode() == Role.COURT)
                .map(UserMapper.UserRoleRow::userId).collect(Collectors.toSet());
        Map<String, CourtAccountMapper.CourtAccount> bound = accounts.findAll().stream()
                .collect(Collectors.toMap(CourtAccountMapper.CourtAccount::username, account -> account));
        return users.findAll().stream().filter(user -> courts.contains(user.id()))
                .map(user -> new CourtAccountView(user.username(), user.displayName(), bound.get(user.username())))
                .toList();
    }

    /** Binds (or binds anew) a COURT account to its court; {@code by} is the administrator, or the demo loader. */
    @Transactional
    public void bind(String username, Binding binding, String by) {
        UserMapper.UserRow user = users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("exchange.courtAccount.notFound", username));
        List<FieldProblem> problems = new ArrayList<>(fieldRules.validate(binding).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList());
        if (!users.findRoles(user.id()).contains(Role.COURT)) {
            throw new NotFoundException("exchange.courtAccount.notFound", username);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        accounts.delete(username);
        accounts.insert(username, binding.courtCode().strip(), binding.courtName().strip(), by, LocalDateTime.now(clock));
    }

    /** A COURT account as the administrators' page lists it. */
    record CourtAccountView(String username, String displayName, CourtAccountMapper.CourtAccount court) {
    }

    /** A COURT account with no court bound: it may send and read nothing. */
    static final class NotBound extends RuntimeException {

        NotBound() {
            super("No court is bound to this account");
        }
    }

    /** The court an account speaks for: its code (e.g. J0503) and name. */
    public record Binding(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{exchange.court.code.invalid}") String courtCode,
            @NotBlank @Size(max = 100) String courtName) {
    }
}
