/**
 * The archive of a closed case (电子卷宗): one PDF/A-2b holding the file's cover, its index (卷内目录) with
 * page numbers, the text of each generated document and every attachment that can be drawn as pages.
 * {@link ArchivePdf} writes it from what it is given, with a CJK font embedded ({@link ArchiveFont}).
 */
package org.mediationdesk.archive;
