package org.mediationdesk.rulesets;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.mediationdesk.routing.RuleFiles;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored versions and every change to them, each in one transaction with its audit entry.
 * Whether a version may be published (compiles, passes its scenarios, approved by someone else) is
 * {@link RuleSetPublishing}'s to check; this class keeps the states consistent: one published
 * version, only drafts change.
 */
@Service
public class RuleSetVersions {

    static final String SYSTEM = "system";
    private static final Pattern FILE_PATH = Pattern.compile("rules/(scenarios/)?[\\p{L}\\p{N}_\\-]+\\.(drl|csv)");
    private static final int MAX_FILE_CHARS = 200_000;

    private final RuleSetMapper mapper;
    private final Clock clock;

    RuleSetVersions(RuleSetMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public List<RuleSetVersion> list() {
        return mapper.findVersions();
    }

    public RuleSetVersion get(long id) {
        return mapper.findVersion(id).orElseThrow(() -> new NotFoundException("ruleset.notFound", "version " + id));
    }

    /** The version's files by path, in path order. */
    public SortedMap<String, String> files(long id) {
        SortedMap<String, String> files = new TreeMap<>();
        mapper.findFiles(id).forEach(file -> files.put(file.path(), file.content()));
        return files;
    }

    public List<RuleSetAuditEntry> audit(long id) {
        return mapper.findAudit(id);
    }

    public Optional<Long> publishedId() {
        return Optional.ofNullable(mapper.findPublishedId());
    }

    /**
     * On a database without versions, stores {@code files} (the {@code rules/} folder) as version 1
     * and publishes it. Later, files that match no stored version (a deployment with changed
     * {@code rules/}) become a draft for authors to review, never published by themselves.
     *
     * @return the published version
     */
    @Transactional
    public RuleSetVersion seed(SortedMap<String, String> files) {
        Long published = mapper.lockPublication();
        String checksum = RuleFiles.checksum(files);
        if (published == null) {
            long id = insert(RuleSetStatus.DRAFT, null, files, SYSTEM, "rules/ 目录的初始版本 (seeded from rules/)");
            publishLocked(id, null, RuleSetAction.PUBLISHED, SYSTEM, "初始版本 (first version)");
            return get(id);
        }
        if (mapper.findIdsByChecksum(checksum).isEmpty()) {
            insert(RuleSetStatus.DRAFT, published, files, SYSTEM, "部署包中的 rules/ 与已存版本不同，待审核 (rules/ of this build, to review)");
        }
        return get(published);
    }

    /** A new draft holding a copy of {@code basedOn}'s files, or of the published version's. */
    @Transactional
    public RuleSetVersion createDraft(Long basedOn, String author, String note) {
        long source = basedOn != null ? get(basedOn).id()
                : publishedId().orElseThrow(() -> new ConflictException("ruleset.nonePublished"));
        return get(insert(RuleSetStatus.DRAFT, source, files(source), author, note));
    }

    /** Creates or replaces one file of a draft; a submitted draft goes back to being unsubmitted. */
    @Transactional
    public RuleSetVersion saveFile(long id, String path, String content, String actor) {
        checkPath(path);
        if (content.length() > MAX_FILE_CHARS) {
            throw new InvalidRequestException(List.of(new FieldProblem("content", "文件过长，最多 " + MAX_FILE_CHARS + " 个字符 (too long)")));
        }
        requireDraft(id);
        mapper.deleteFile(id, path);
        mapper.insertFile(id, path, content);
        return edited(id, actor, "修改 " + path);
    }

    @Transactional
    public RuleSetVersion deleteFile(long id, String path, String actor) {
        requireDraft(id);
        if (mapper.deleteFile(id, path) == 0) {
            throw new NotFoundException("ruleset.file.notFound", path);
        }
        if (RuleFiles.drl(files(id)).isEmpty()) {
            throw new ConflictException("ruleset.file.lastDrl");
        }
        return edited(id, actor, "删除 " + path);
    }

    @Transactional
    public RuleSetVersion submit(long id, String actor, String note) {
        requireDraft(id);
        mapper.markSubmitted(id, actor, now());
        audit(id, RuleSetAction.SUBMITTED, actor, note);
        return get(id);
    }

    /** A draft nobody will publish: retired, kept for the record. */
    @Transactional
    public RuleSetVersion discard(long id, String actor, String note) {
        requireDraft(id);
        mapper.updateStatus(id, RuleSetStatus.DRAFT, RuleSetStatus.RETIRED);
        audit(id, RuleSetAction.DISCARDED, actor, note);
        return get(id);
    }

    /**
     * Publishes a submitted draft whose files are still those checked ({@code checkedChecksum}),
     * approved by {@code approver}, who must not have prepared it.
     */
    @Transactional
    public RuleSetVersion publish(long id, String checkedChecksum, String approver, String note) {
        Long previous = mapper.lockPublication();
        RuleSetVersion draft = checkApprovable(id, approver);
        if (!draft.checksum().equals(checkedChecksum)) {
            throw new ConflictException("ruleset.changedSinceChecked");
        }
        publishLocked(id, previous, RuleSetAction.PUBLISHED, approver, note);
        return get(id);
    }

    /** A submitted draft that {@code approver} did not prepare (create, edit or submit). */
    public RuleSetVersion checkApprovable(long id, String approver) {
        RuleSetVersion draft = requireDraft(id);
        if (draft.submittedBy() == null) {
            throw new ConflictException("ruleset.notSubmitted");
        }
        if (mapper.findPreparers(id).contains(approver)) {
            throw new FourEyesException(approver, id);
        }
        return draft;
    }

    /** Publishes again a version that was published before, retiring the current one. */
    @Transactional
    public RuleSetVersion rollBack(long id, String actor, String note) {
        Long previous = mapper.lockPublication();
        RuleSetVersion target = get(id);
        if (target.publishedAt() == null || target.status() == RuleSetStatus.DRAFT) {
            throw new ConflictException("ruleset.rollback.neverPublished");
        }
        if (target.status() == RuleSetStatus.PUBLISHED) {
            throw new ConflictException("ruleset.rollback.alreadyPublished");
        }
        publishLocked(id, previous, RuleSetAction.ROLLED_BACK, actor, note);
        return get(id);
    }

    /** Development only: the {@code rules/} folder changed on disk; stores and publishes it without approval. */
    @Transactional
    public RuleSetVersion publishFolder(SortedMap<String, String> files, String note) {
        Long previous = mapper.lockPublication();
        long id = insert(RuleSetStatus.DRAFT, previous, files, SYSTEM, note);
        publishLocked(id, previous, RuleSetAction.PUBLISHED, SYSTEM, note);
        return get(id);
    }

    private void publishLocked(long id, Long previous, RuleSetAction action, String actor, String note) {
        LocalDateTime now = now();
        if (previous != null && previous != id) {
            mapper.updateStatus(previous, RuleSetStatus.PUBLISHED, RuleSetStatus.RETIRED);
            audit(previous, RuleSetAction.RETIRED, actor, "由 " + RuleSetVersion.label(id) + " 取代 (replaced)");
        }
        mapper.markPublished(id, now);
        mapper.updatePublication(id, now);
        audit(id, action, actor, note);
    }

    private long insert(RuleSetStatus status, Long basedOn, Map<String, String> files, String author, String note) {
        var version = new RuleSetMapper.NewVersion(status, basedOn, RuleFiles.checksum(files), author, note, now());
        mapper.insertVersion(version);
        files.forEach((path, content) -> mapper.insertFile(version.getId(), path, content));
        audit(version.getId(), RuleSetAction.CREATED, author, note);
        return version.getId();
    }

    private RuleSetVersion edited(long id, String actor, String note) {
        mapper.updateDraftChecksum(id, RuleFiles.checksum(files(id)));
        audit(id, RuleSetAction.EDITED, actor, note);
        return get(id);
    }

    private RuleSetVersion requireDraft(long id) {
        RuleSetVersion version = get(id);
        if (version.status() != RuleSetStatus.DRAFT) {
            throw new ConflictException("ruleset.notDraft");
        }
        return version;
    }

    private static void checkPath(String path) {
        if (path == null || !FILE_PATH.matcher(path).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("path",
                    "路径须为 rules/<名称>.drl 或 rules/scenarios/<名称>.csv (rules/<name>.drl or rules/scenarios/<name>.csv)")));
        }
    }

    private void audit(long id, RuleSetAction action, String actor, String note) {
        mapper.insertAudit(new RuleSetAuditEntry(id, action, actor, note, now()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
