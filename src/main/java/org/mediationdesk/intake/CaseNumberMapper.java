package org.mediationdesk.intake;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CaseNumberMapper {

    @Update("UPDATE case_number_sequence SET last_value = last_value + 1 WHERE county_code = #{county} AND case_year = #{year}")
    int increment(@Param("county") String countyCode, @Param("year") int year);

    @Insert("INSERT INTO case_number_sequence (county_code, case_year, last_value) VALUES (#{county}, #{year}, 1)")
    void insertFirst(@Param("county") String countyCode, @Param("year") int year);

    @Select("SELECT last_value FROM case_number_sequence WHERE county_code = #{county} AND case_year = #{year}")
    int findLast(@Param("county") String countyCode, @Param("year") int year);
}
