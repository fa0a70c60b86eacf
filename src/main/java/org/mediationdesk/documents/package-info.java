/**
 * The standard documents of people's mediation (人民调解文书格式) generated from a case for printing and
 * signing, as Word documents (.docx) filled from replaceable templates, issued in the name of the
 * people's mediation committee behind the case's centre. The façade for other parts is
 * {@link org.mediationdesk.documents.CaseDocuments} with {@link org.mediationdesk.documents.DocumentKind}.
 */
package org.mediationdesk.documents;
