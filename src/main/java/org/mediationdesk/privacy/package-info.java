/**
 * Personal information protection (个人信息保护法). At rest (art. 51): parties' ID numbers and phones sealed with
 * authenticated encryption under versioned keys, blind indexes for exact lookups, keyed hashes, the start-up key
 * check, the job that encrypts plain rows and re-encrypts after a key rotation; other modules use
 * {@link org.mediationdesk.privacy.PersonalDataCipher} only. In use: the access records (个人信息处理记录) of who
 * saw parties' unmasked data, downloaded documents naming them, exported case lists or simulated over past
 * cases, and their search by administrators and the data-protection officer; the retention settings that
 * {@code cases} applies when it de-identifies closed cases (docs/privacy.md).
 */
package org.mediationdesk.privacy;
