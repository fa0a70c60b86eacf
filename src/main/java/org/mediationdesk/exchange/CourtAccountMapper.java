package org.mediationdesk.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Which court each COURT account speaks for ({@code court_account}, V46). */
@Mapper
interface CourtAccountMapper {

    @Select("SELECT username, court_code, court_name, bound_by, bound_at FROM court_account WHERE username = #{username}")
    Optional<CourtAccount> find(String username);

    @Select("SELECT username, court_code, court_name, bound_by, bound_at FROM court_account ORDER BY username")
    List<CourtAccount> findAll();

    @Delete("DELETE FROM court_account WHERE username = #{username}")
    void delete(String username);

    @Insert("INSERT INTO court_account (username, court_code, court_name, bound_by, bound_at)"
            + " VALUES (#{username}, #{courtCode}, #{courtName}, #{boundBy}, #{boundAt})")
    void insert(@Param("username") String username, @Param("courtCode") String courtCode,
                @Param("courtName") String courtName, @Param("boundBy") String boundBy,
                @Param("boundAt") LocalDateTime boundAt);

    /** A court account and the court it speaks for. */
    record CourtAccount(String username, String courtCode, String courtName, String boundBy, LocalDateTime boundAt) {
    }
}
