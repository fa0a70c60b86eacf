/**
 * Documents generated from a case for printing and signing: the mediation agreement (调解协议书) as a
 * Word document (.docx).
 */
package org.mediationdesk.documents;
