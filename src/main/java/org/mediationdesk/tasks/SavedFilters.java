package org.mediationdesk.tasks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Task-list filters saved per user by name. What is stored is the list's query string, cut down to the
 * filter parameters (not the page number), so choosing a saved filter is a link to the list.
 * Saving under a name already used replaces that filter.
 */
@Service
public class SavedFilters {

    static final int MAX_PER_USER = 30;
    static final int MAX_NAME = 40;
    private static final int MAX_QUERY = 500;
    /** The task list's filter, sort and size parameters. */
    static final Set<String> PARAMETERS = Set.of("scope", "stage", "type", "colour", "overdue", "q", "sort");

    private final SavedFilterMapper filters;
    private final MessageSource messages;
    private final Clock clock;

    SavedFilters(SavedFilterMapper filters, MessageSource messages, Clock clock) {
        this.filters = filters;
        this.messages = messages;
        this.clock = clock;
    }

    public List<SavedFilter> of(AppUser user) {
        return filters.findByUser(user.username());
    }

    /** @param query the task list's query string as the user sees it, with or without a leading '?' */
    @Transactional
    public void save(AppUser user, String name, String query) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw invalid("name", "filter.name.invalid", MAX_NAME);
        }
        String kept = filterPart(query);
        if (kept.length() > MAX_QUERY) {
            throw invalid("query", "filter.query.tooLong", MAX_QUERY);
        }
        boolean replacing = filters.deleteByName(user.username(), trimmed) > 0;
        if (!replacing && filters.countByUser(user.username()) >= MAX_PER_USER) {
            throw invalid("name", "filter.tooMany", MAX_PER_USER);
        }
        filters.insert(user.username(), trimmed, kept, LocalDateTime.now(clock));
    }

    /** The saved query string, only if the filter is this user's. */
    public Optional<String> query(AppUser user, long id) {
        return filters.findOne(user.username(), id).map(SavedFilter::query);
    }

    @Transactional
    public void delete(AppUser user, long id) {
        filters.delete(user.username(), id);
    }

    /**
     * Keeps the known filter parameters with a value, in a stable order, decoded and encoded again, so
     * whatever was posted the stored string is a plain, safe query string.
     */
    static String filterPart(String query) {
        String raw = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        MultiValueMap<String, String> all = UriComponentsBuilder.newInstance().query(raw).build().getQueryParams();
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        PARAMETERS.stream().sorted().forEach(name -> all.getOrDefault(name, List.of()).stream()
                .filter(value -> value != null)
                .map(SavedFilters::decode)
                .filter(value -> !value.isBlank())
                .forEach(value -> kept.add(name, value)));
        String encoded = UriComponentsBuilder.newInstance().queryParams(kept).encode().build().getQuery();
        return encoded == null ? "" : encoded;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    private InvalidRequestException invalid(String field, String code, Object argument) {
        return new InvalidRequestException(List.of(new FieldProblem(field,
                messages.getMessage(code, new Object[] {argument}, LocaleContextHolder.getLocale()))));
    }
}
