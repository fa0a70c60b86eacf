package org.mediationdesk.documents;

import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;

/** The people's mediation committee (人民调解委员会) behind a centre, which issues its documents. */
@Mapper
interface CommitteeMapper {

    Optional<String> findCommitteeName(String centreCode);
}
