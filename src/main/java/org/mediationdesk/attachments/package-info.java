/**
 * Files attached to a case (附件): evidence, ID papers, photos and the signed scans of the documents the
 * system generates. Upload, list, download and withdraw under the case's own access rules
 * ({@code CaseAccess}); the type is read from the content, never the name; the bytes live in the database
 * (default) or an S3-compatible bucket, so that every node serves every file. {@link CaseAttachments} is
 * the module's API for other modules (the archive reads files through it).
 */
package org.mediationdesk.attachments;
