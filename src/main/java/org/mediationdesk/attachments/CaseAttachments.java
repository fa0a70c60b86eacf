package org.mediationdesk.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseFileHistory;
import org.mediationdesk.cases.CaseFiles;
import org.mediationdesk.cases.CaseLock;
import org.mediationdesk.cases.CaseNotFoundException;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A case's files: added by the case's staff (its centre's mediators and managers, and intake clerks whose
 * centres cover it), by the staff of an agency asked for its opinion and by the grid worker who reported it, seen and downloaded by whoever may see the case, withdrawn (never deleted: the history
 * says who and why, the bytes stay for the archive). The type comes from the content ({@link FileTypes});
 * the file's bytes and its row are written so that neither is kept without the other ({@link AttachmentStore}).
 * <p>
 * {@link #list(String)} and {@link #open(long)} are for other modules (the archive) and check no user.
 */
@Service
public class CaseAttachments implements CaseFiles {

    private final CaseAccess access;
    private final CaseLock lock;
    private final CaseFileHistory history;
    private final AttachmentMapper attachments;
    private final AttachmentStores stores;
    private final FileTypes types;
    private final AttachmentSettings settings;
    private final MessageSource messages;
    private final PeopleNames people;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AccessRecords accessRecords;

    CaseAttachments(CaseAccess access, CaseLock lock, CaseFileHistory history, AttachmentMapper attachments,
                    AttachmentStores stores, FileTypes types, AttachmentSettings settings, MessageSource messages,
                    PeopleNames people, Clock clock, PlatformTransactionManager transactions,
                    AccessRecords accessRecords) {
        this.accessRecords = accessRecords;
        this.access = access;
        this.lock = lock;
        this.history = history;
        this.attachments = attachments;
        this.stores = stores;
        this.types = types;
        this.settings = settings;
        this.messages = messages;
        this.people = people;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public CaseView.AttachmentView upload(String caseNumber, Upload upload, AppUser user) throws IOException {
        return store(uploadableCase(caseNumber, user), upload, user);
    }

    /**
     * A file that came with a registration from outside the centre (a court's documents), added by the account
     * that registered the case, in the registration's transaction when there is one: for other modules.
     */
    public CaseView.AttachmentView attachAsRegistrant(String caseNumber, Upload upload, AppUser registrant)
            throws IOException {
        CaseRef ref = access.visibleCase(caseNumber, registrant);
        if (!ref.registeredBy().equals(registrant.username())) {
            throw new AccessDeniedException("Only the account that registered the case adds its files this way");
        }
        return store(ref, upload, registrant);
    }

    private CaseView.AttachmentView store(CaseRef ref, Upload upload, AppUser user) throws IOException {
        if (upload.content() == null) {
            throw refused("attachment.file.required");
        }
        String fileName = FileNames.clean(upload.fileName());
        Fields fields = fields(upload);
        try (StagedFile staged = stage(upload.content())) {
            String mediaType = detect(staged, fileName);
            AttachmentStore store = stores.forWriting();
            String key = store.putBeforeRow(staged);
            try {
                AttachmentMapper.Row row = transaction.execute(status -> {
                    lock.hold(ref);
                    if (attachments.totalSize(ref.id()) + staged.size() > settings.maxCaseSize().toBytes()) {
                        throw refused("attachment.file.caseFull", fileName, size(settings.maxCaseSize().toBytes()));
                    }
                    AttachmentMapper.Row inserted = insert(ref, fileName, mediaType, staged, fields, store, key, user);
                    history.attached(ref, user.username(), fileName, fields.category());
                    return inserted;
                });
                return view(row);
            } catch (RuntimeException e) {
                if (key != null) {
                    store.discard(key);
                }
                throw e;
            }
        }
    }

    public List<CaseView.AttachmentView> list(String caseNumber, AppUser user) {
        return filesOf(access.visibleCase(caseNumber, user).id());
    }

    public Download download(String caseNumber, long id, AppUser user) throws IOException {
        CaseRef ref = access.visibleCase(caseNumber, user);
        AttachmentMapper.Row row = attachments.find(ref.id(), id).orElseThrow(() -> notFound(id));
        Download download = new Download(view(row), stores.of(row.storage()).open(row.id(), row.storageKey()));
        accessRecords.onCase(user, AccessAction.ATTACHMENT_DOWNLOAD, ref.caseNumber(), "attachment " + id, null);
        return download;
    }

    public void withdraw(String caseNumber, long id, String reason, AppUser user) {
        CaseRef ref = workable(caseNumber, user, Role.MEDIATOR, Role.MANAGER);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason", message("attachment.reason.required"))));
        }
        transaction.executeWithoutResult(status -> {
            lock.hold(ref);
            AttachmentMapper.Row row = attachments.find(ref.id(), id).orElseThrow(() -> notFound(id));
            if (attachments.withdraw(id, user.username(), LocalDateTime.now(clock), reason.strip()) == 0) {
                throw new ConflictException("attachment.withdrawn");
            }
            history.withdrawn(ref, user.username(), row.fileName(), reason.strip());
        });
    }

    /** Every file of the case, withdrawn ones too, without checking any user: for other modules. */
    public List<StoredFile> list(String caseNumber) {
        long caseId = attachments.findCaseId(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        return attachments.findByCase(caseId).stream().map(StoredFile::of).toList();
    }

    /** A file's bytes, streamed from wherever it is stored; the caller closes the stream. */
    public InputStream open(long attachmentId) {
        AttachmentMapper.Row row = attachments.findById(attachmentId).orElseThrow(() -> notFound(attachmentId));
        try {
            return stores.of(row.storage()).open(row.id(), row.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<CaseView.AttachmentView> filesOf(long caseId) {
        return attachments.findByCase(caseId).stream().map(this::view).toList();
    }

    @Override
    public boolean signedAgreementMissing(long caseId) {
        return settings.signedAgreementRequired() && !attachments.hasSignedCopy(caseId, SignedDocument.AGREEMENT.name());
    }

    private CaseRef workable(String caseNumber, AppUser user, Role... roles) {
        if (Arrays.stream(roles).noneMatch(user::has)) {
            throw new AccessDeniedException("Only the case's staff handle its files");
        }
        return stillOpen(access.workableCase(caseNumber, user));
    }

    /**
     * The case the staff add a file to; partners add to what concerns them: an agency's staff to a case their
     * agency was asked about, a grid worker to their own report.
     */
    private CaseRef uploadableCase(String caseNumber, AppUser user) {
        if (user.has(Role.AGENCY)) {
            return stillOpen(access.caseAskedOfAgency(caseNumber, user));
        }
        if (user.has(Role.GRID_WORKER)) {
            return stillOpen(access.caseReportedBy(caseNumber, user));
        }
        return workable(caseNumber, user, Role.INTAKE, Role.MEDIATOR, Role.MANAGER);
    }

    private static CaseRef stillOpen(CaseRef ref) {
        if (ref.status() == CaseStatus.CLOSED) {
            throw new ConflictException("attachment.caseClosed");
        }
        return ref;
    }

    private Fields fields(Upload upload) {
        List<FieldProblem> problems = new ArrayList<>();
        AttachmentCategory category = parse(AttachmentCategory.class, "category", upload.category(), problems);
        SignedDocument signs = upload.signsDocument() == null || upload.signsDocument().isBlank() ? null
                : parse(SignedDocument.class, "signsDocument", upload.signsDocument(), problems);
        if (category == null && signs != null) {
            category = signs.category();
        } else if (category == null && problems.stream().noneMatch(p -> p.field().equals("category"))) {
            problems.add(new FieldProblem("category", message("attachment.category.required")));
        }
        if (signs != null && category != null && !category.signsADocument()) {
            problems.add(new FieldProblem("signsDocument", message("attachment.signsDocument.notSigned")));
        }
        Integer session = upload.signsSession();
        if (signs != null && signs.perSession() && (session == null || session < 1)) {
            problems.add(new FieldProblem("signsSession", message("attachment.signsSession.required")));
        } else if (session != null && (signs == null || !signs.perSession())) {
            problems.add(new FieldProblem("signsSession", message("attachment.signsSession.notSession")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Fields(category, signs, session);
    }

    private <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String accepted = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            problems.add(new FieldProblem(field, message("request.field.notOneOf", value, accepted)));
            return null;
        }
    }

    /** @throws MaxUploadSizeExceededException past the limit, as the servlet's own cap does (413) */
    private StagedFile stage(InputStream content) throws IOException {
        try {
            return StagedFile.copy(content, settings.maxFileSize().toBytes());
        } catch (StagedFile.TooLarge e) {
            throw new MaxUploadSizeExceededException(settings.maxFileSize().toBytes());
        }
    }

    private String detect(StagedFile staged, String fileName) throws IOException {
        if (staged.size() == 0) {
            throw refused("attachment.file.empty", fileName);
        }
        try {
            return types.accepted(staged.path());
        } catch (FileTypes.Refused e) {
            throw refused("attachment.file.type", fileName, e.type());
        } catch (FileTypes.ZipBomb e) {
            throw refused("attachment.file.zipBomb", fileName, size(settings.maxUnpackedSize().toBytes()));
        }
    }

    private AttachmentMapper.Row insert(CaseRef ref, String fileName, String mediaType, StagedFile staged, Fields fields,
                                        AttachmentStore store, String key, AppUser user) {
        AttachmentMapper.Row row = new AttachmentMapper.Row(null, ref.id(), fileName, mediaType, staged.size(),
                staged.sha256(), fields.category(), fields.signs(), fields.session(), ref.status().name(), store.kind(),
                key, user.username(), LocalDateTime.now(clock), null, null, null);
        AttachmentMapper.GeneratedKey id = new AttachmentMapper.GeneratedKey();
        attachments.insert(row, id);
        try {
            store.putWithRow(id.getId(), staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachments.findById(id.getId()).orElseThrow();
    }

    CaseView.AttachmentView view(AttachmentMapper.Row row) {
        return new CaseView.AttachmentView(row.id(), row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(),
                row.category().name(), message("enum.AttachmentCategory." + row.category().name()),
                row.signsDocument() == null ? null : row.signsDocument().name(), row.signsSession(),
                CaseStatus.valueOf(row.caseStatus()), row.uploadedBy(), people.of(row.uploadedBy()), row.uploadedAt(),
                row.withdrawnBy(), row.withdrawnAt(), row.withdrawnReason());
    }

    private InvalidRequestException refused(String code, Object... args) {
        return new InvalidRequestException(List.of(new FieldProblem("file", message(code, args))));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("attachment.notFound", Long.toString(id));
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /**
     * What an upload brings: the file's name as sent and its content, and as sent (checked here) its
     * category, the document it is the signed copy of, and that document's session.
     */
    public record Upload(String fileName, InputStream content, String category, String signsDocument,
                         Integer signsSession) {
    }

    /** A file to send: what it is, and its bytes (the caller closes them). */
    public record Download(CaseView.AttachmentView file, InputStream content) {
    }

    /** A stored file as another module sees it. */
    public record StoredFile(long id, String fileName, String mediaType, long size, String sha256,
                             AttachmentCategory category, SignedDocument signsDocument, Integer signsSession,
                             String uploadedBy, LocalDateTime uploadedAt, boolean withdrawn) {

        static StoredFile of(AttachmentMapper.Row row) {
            return new StoredFile(row.id(), row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(),
                    row.category(), row.signsDocument(), row.signsSession(), row.uploadedBy(), row.uploadedAt(),
                    row.withdrawnAt() != null);
        }
    }

    private record Fields(AttachmentCategory category, SignedDocument signs, Integer session) {
    }
}
