package org.mediationdesk.mediators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mediators as managers and administrators see them: open caseload against the cap, leave, and
 * specialties; and the cap and specialties an administrator sets (the assignment rules read them).
 */
@Service
public class MediatorRoster {

    static final int MAX_CAP = 200;

    private final MediatorMapper mediators;
    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final Clock clock;

    MediatorRoster(MediatorMapper mediators, ReferenceData referenceData, MessageSource messages, Clock clock) {
        this.mediators = mediators;
        this.referenceData = referenceData;
        this.messages = messages;
        this.clock = clock;
    }

    /** The mediators of these centres, by centre and name; open cases are those they hold, as the cap counts. */
    @Transactional(readOnly = true)
    public List<Mediator> of(Collection<String> centres) {
        if (centres.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> specialties = mediators.findSpecialtiesIn(centres).stream()
                .collect(Collectors.groupingBy(MediatorMapper.Specialty::username,
                        Collectors.mapping(MediatorMapper.Specialty::disputeTypeCode, Collectors.toCollection(TreeSet::new))));
        return mediators.findRoster(centres, LocalDate.now(clock)).stream()
                .map(row -> new Mediator(row.username(), row.displayName(), row.centreCode(), row.active(),
                        row.caseCap(), row.openCases(), row.onLeave(),
                        specialties.getOrDefault(row.username(), Set.of())))
                .toList();
    }

    /** Leave that has not ended yet, earliest first. */
    @Transactional(readOnly = true)
    public List<Leave> currentAndComingLeave(String username) {
        return mediators.findLeaveFrom(username, LocalDate.now(clock)).stream()
                .map(row -> new Leave(row.id(), row.startsOn(), row.endsOn(), row.standIn(), row.reason())).toList();
    }

    @Transactional
    public void updateCapAndSpecialties(String username, int caseCap, Set<String> specialties) {
        long userId = mediators.findMediatorId(username).orElseThrow(() -> new NotFoundException("mediator.notFound", "No mediator " + username));
        if (caseCap < 1 || caseCap > MAX_CAP) {
            throw new InvalidRequestException(List.of(new FieldProblem("caseCap", messages.getMessage(
                    "mediator.cap.range", new Object[] {MAX_CAP}, LocaleContextHolder.getLocale()))));
        }
        if (specialties.stream().anyMatch(code -> referenceData.disputeType(code).isEmpty())) {
            throw new InvalidRequestException(List.of(new FieldProblem("specialties", messages.getMessage(
                    "mediator.specialty.unknown", null, LocaleContextHolder.getLocale()))));
        }
        mediators.updateCap(userId, caseCap);
        mediators.deleteSpecialties(userId);
        specialties.forEach(code -> mediators.insertSpecialty(userId, code));
    }

    public record Mediator(String username, String displayName, String centreCode, boolean active, int caseCap,
                           int openCases, boolean onLeave, Set<String> specialties) {
    }

    public record Leave(long id, LocalDate startsOn, LocalDate endsOn, String standIn, String reason) {
    }
}
