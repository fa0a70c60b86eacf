package org.mediationdesk.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;

import static org.mediationdesk.reference.CentreKind.COUNTY;
import static org.mediationdesk.reference.CentreKind.INDUSTRY;
import static org.mediationdesk.reference.CentreKind.POLICE_STATION;
import static org.mediationdesk.reference.CentreKind.TOWNSHIP;
import static org.mediationdesk.reference.CentreKind.VILLAGE;

/**
 * Huzhou's 80 active centres as {@code db/migration/V2__reference_data.sql} inserts them (code, kind, region,
 * parent, industry, service area), built without a database. English names are left out: no rule reads them.
 * The county of a centre is the first six digits of its region code, which is what the centre query
 * ({@code ReferenceMapper.xml}: the region itself for a county, else its parent) gives for this data.
 */
final class HuzhouCentres {

    /** {@code centre_service_area}: the further townships the industry and police centres serve. */
    private static final Map<String, Set<String>> SERVICE_AREAS = Map.of(
            "WX-FEIYING-POLICE", Set.of("330502004"),
            "NX-LINGHU-FISHERY", Set.of("330503105", "330503106", "330503107", "330503102"));

    static final List<Centre> ALL = List.of(
            centre("WX-COUNTY", COUNTY, "吴兴区社会矛盾纠纷调处化解中心", "330502", null, null),
            centre("NX-COUNTY", COUNTY, "南浔区社会矛盾纠纷调处化解中心", "330503", null, null),
            centre("DQ-COUNTY", COUNTY, "德清县社会矛盾纠纷调处化解中心", "330521", null, null),
            centre("CX-COUNTY", COUNTY, "长兴县社会矛盾纠纷调处化解中心", "330522", null, null),
            centre("AJ-COUNTY", COUNTY, "安吉县社会矛盾纠纷调处化解中心", "330523", null, null),
            centre("WX-YUEHE", TOWNSHIP, "月河街道社会矛盾纠纷调处化解分中心", "330502001", "WX-COUNTY", null),
            centre("WX-CHAOYANG", TOWNSHIP, "朝阳街道社会矛盾纠纷调处化解分中心", "330502002", "WX-COUNTY", null),
            centre("WX-AISHAN", TOWNSHIP, "爱山街道社会矛盾纠纷调处化解分中心", "330502003", "WX-COUNTY", null),
            centre("WX-FEIYING", TOWNSHIP, "飞英街道社会矛盾纠纷调处化解分中心", "330502004", "WX-COUNTY", null),
            centre("WX-LONGQUAN", TOWNSHIP, "龙泉街道社会矛盾纠纷调处化解分中心", "330502005", "WX-COUNTY", null),
            centre("WX-FENGHUANG", TOWNSHIP, "凤凰街道社会矛盾纠纷调处化解分中心", "330502006", "WX-COUNTY", null),
            centre("WX-KANGSHAN", TOWNSHIP, "康山街道社会矛盾纠纷调处化解分中心", "330502007", "WX-COUNTY", null),
            centre("WX-RENHUANGSHAN", TOWNSHIP, "仁皇山街道社会矛盾纠纷调处化解分中心", "330502008", "WX-COUNTY", null),
            centre("WX-BINHU", TOWNSHIP, "滨湖街道社会矛盾纠纷调处化解分中心", "330502009", "WX-COUNTY", null),
            centre("WX-LONGXI", TOWNSHIP, "龙溪街道社会矛盾纠纷调处化解分中心", "330502010", "WX-COUNTY", null),
            centre("WX-YANGJIABU", TOWNSHIP, "杨家埠街道社会矛盾纠纷调处化解分中心", "330502011", "WX-COUNTY", null),
            centre("WX-HUANZHU", TOWNSHIP, "环渚街道社会矛盾纠纷调处化解分中心", "330502012", "WX-COUNTY", null),
            centre("WX-HUDONG", TOWNSHIP, "湖东街道社会矛盾纠纷调处化解分中心", "330502013", "WX-COUNTY", null),
            centre("WX-ZHILI", TOWNSHIP, "织里镇社会矛盾纠纷调处化解分中心", "330502101", "WX-COUNTY", null),
            centre("WX-BALIDIAN", TOWNSHIP, "八里店镇社会矛盾纠纷调处化解分中心", "330502102", "WX-COUNTY", null),
            centre("WX-MIAOXI", TOWNSHIP, "妙西镇社会矛盾纠纷调处化解分中心", "330502103", "WX-COUNTY", null),
            centre("WX-DAIXI", TOWNSHIP, "埭溪镇社会矛盾纠纷调处化解分中心", "330502104", "WX-COUNTY", null),
            centre("WX-DONGLIN", TOWNSHIP, "东林镇社会矛盾纠纷调处化解分中心", "330502105", "WX-COUNTY", null),
            centre("WX-DAOCHANG", TOWNSHIP, "道场乡社会矛盾纠纷调处化解分中心", "330502201", "WX-COUNTY", null),
            centre("NX-DONGQIAN", TOWNSHIP, "东迁街道社会矛盾纠纷调处化解分中心", "330503001", "NX-COUNTY", null),
            centre("NX-JIUGUAN", TOWNSHIP, "旧馆街道社会矛盾纠纷调处化解分中心", "330503002", "NX-COUNTY", null),
            centre("NX-NANXUN", TOWNSHIP, "南浔镇社会矛盾纠纷调处化解分中心", "330503101", "NX-COUNTY", null),
            centre("NX-SHUANGLIN", TOWNSHIP, "双林镇社会矛盾纠纷调处化解分中心", "330503102", "NX-COUNTY", null),
            centre("NX-LIANSHI", TOWNSHIP, "练市镇社会矛盾纠纷调处化解分中心", "330503103", "NX-COUNTY", null),
            centre("NX-SHANLIAN", TOWNSHIP, "善琏镇社会矛盾纠纷调处化解分中心", "330503104", "NX-COUNTY", null),
            centre("NX-LINGHU", TOWNSHIP, "菱湖镇社会矛盾纠纷调处化解分中心", "330503105", "NX-COUNTY", null),
            centre("NX-HEFU", TOWNSHIP, "和孚镇社会矛盾纠纷调处化解分中心", "330503106", "NX-COUNTY", null),
            centre("NX-QIANJIN", TOWNSHIP, "千金镇社会矛盾纠纷调处化解分中心", "330503107", "NX-COUNTY", null),
            centre("NX-SHICONG", TOWNSHIP, "石淙镇社会矛盾纠纷调处化解分中心", "330503108", "NX-COUNTY", null),
            centre("DQ-WUKANG", TOWNSHIP, "武康街道社会矛盾纠纷调处化解分中心", "330521001", "DQ-COUNTY", null),
            centre("DQ-WUYANG", TOWNSHIP, "舞阳街道社会矛盾纠纷调处化解分中心", "330521002", "DQ-COUNTY", null),
            centre("DQ-FUXI", TOWNSHIP, "阜溪街道社会矛盾纠纷调处化解分中心", "330521003", "DQ-COUNTY", null),
            centre("DQ-XIAZHUHU", TOWNSHIP, "下渚湖街道社会矛盾纠纷调处化解分中心", "330521004", "DQ-COUNTY", null),
            centre("DQ-KANGQIAN", TOWNSHIP, "康乾街道社会矛盾纠纷调处化解分中心", "330521005", "DQ-COUNTY", null),
            centre("DQ-QIANYUAN", TOWNSHIP, "乾元镇社会矛盾纠纷调处化解分中心", "330521101", "DQ-COUNTY", null),
            centre("DQ-XINSHI", TOWNSHIP, "新市镇社会矛盾纠纷调处化解分中心", "330521102", "DQ-COUNTY", null),
            centre("DQ-ZHONGGUAN", TOWNSHIP, "钟管镇社会矛盾纠纷调处化解分中心", "330521103", "DQ-COUNTY", null),
            centre("DQ-YUYUE", TOWNSHIP, "禹越镇社会矛盾纠纷调处化解分中心", "330521104", "DQ-COUNTY", null),
            centre("DQ-XINAN", TOWNSHIP, "新安镇社会矛盾纠纷调处化解分中心", "330521105", "DQ-COUNTY", null),
            centre("DQ-LUOSHE", TOWNSHIP, "洛舍镇社会矛盾纠纷调处化解分中心", "330521106", "DQ-COUNTY", null),
            centre("DQ-MOGANSHAN", TOWNSHIP, "莫干山镇社会矛盾纠纷调处化解分中心", "330521107", "DQ-COUNTY", null),
            centre("DQ-LEIDIAN", TOWNSHIP, "雷甸镇社会矛盾纠纷调处化解分中心", "330521108", "DQ-COUNTY", null),
            centre("CX-HUAXI", TOWNSHIP, "画溪街道社会矛盾纠纷调处化解分中心", "330522001", "CX-COUNTY", null),
            centre("CX-LONGSHAN", TOWNSHIP, "龙山街道社会矛盾纠纷调处化解分中心", "330522002", "CX-COUNTY", null),
            centre("CX-TAIHU", TOWNSHIP, "太湖街道基层治理综合指挥中心", "330522003", "CX-COUNTY", null),
            centre("CX-ZHICHENG", TOWNSHIP, "雉城街道社会矛盾纠纷调处化解分中心", "330522004", "CX-COUNTY", null),
            centre("CX-HONGQIAO", TOWNSHIP, "洪桥镇社会矛盾纠纷调处化解分中心", "330522101", "CX-COUNTY", null),
            centre("CX-LIJIAXIANG", TOWNSHIP, "李家巷镇社会矛盾纠纷调处化解分中心", "330522102", "CX-COUNTY", null),
            centre("CX-LINCHENG", TOWNSHIP, "林城镇社会矛盾纠纷调处化解分中心", "330522103", "CX-COUNTY", null),
            centre("CX-SIAN", TOWNSHIP, "泗安镇社会矛盾纠纷调处化解分中心", "330522104", "CX-COUNTY", null),
            centre("CX-HONGXINGQIAO", TOWNSHIP, "虹星桥镇社会矛盾纠纷调处化解分中心", "330522105", "CX-COUNTY", null),
            centre("CX-XIAOPU", TOWNSHIP, "小浦镇社会矛盾纠纷调处化解分中心", "330522106", "CX-COUNTY", null),
            centre("CX-HEPING", TOWNSHIP, "和平镇社会矛盾纠纷调处化解分中心", "330522107", "CX-COUNTY", null),
            centre("CX-MEISHAN", TOWNSHIP, "煤山镇社会矛盾纠纷调处化解分中心", "330522108", "CX-COUNTY", null),
            centre("CX-JIAPU", TOWNSHIP, "夹浦镇社会矛盾纠纷调处化解分中心", "330522109", "CX-COUNTY", null),
            centre("CX-SHUIKOU", TOWNSHIP, "水口乡社会矛盾纠纷调处化解分中心", "330522201", "CX-COUNTY", null),
            centre("CX-LYUSHAN", TOWNSHIP, "吕山乡社会矛盾纠纷调处化解分中心", "330522202", "CX-COUNTY", null),
            centre("AJ-DIPU", TOWNSHIP, "递铺街道社会矛盾纠纷调处化解分中心", "330523001", "AJ-COUNTY", null),
            centre("AJ-CHANGSHUO", TOWNSHIP, "昌硕街道社会矛盾纠纷调处化解分中心", "330523002", "AJ-COUNTY", null),
            centre("AJ-LINGFENG", TOWNSHIP, "灵峰街道社会矛盾纠纷调处化解分中心", "330523003", "AJ-COUNTY", null),
            centre("AJ-XIAOYUAN", TOWNSHIP, "孝源街道社会矛盾纠纷调处化解分中心", "330523004", "AJ-COUNTY", null),
            centre("AJ-TIANZIHU", TOWNSHIP, "天子湖镇社会矛盾纠纷调处化解分中心", "330523101", "AJ-COUNTY", null),
            centre("AJ-MEIXI", TOWNSHIP, "梅溪镇社会矛盾纠纷调处化解分中心", "330523102", "AJ-COUNTY", null),
            centre("AJ-XIAOFENG", TOWNSHIP, "孝丰镇社会矛盾纠纷调处化解分中心", "330523103", "AJ-COUNTY", null),
            centre("AJ-HANGGAI", TOWNSHIP, "杭垓镇社会矛盾纠纷调处化解分中心", "330523104", "AJ-COUNTY", null),
            centre("AJ-ZHANGCUN", TOWNSHIP, "章村镇社会矛盾纠纷调处化解分中心", "330523105", "AJ-COUNTY", null),
            centre("AJ-BAOFU", TOWNSHIP, "报福镇社会矛盾纠纷调处化解分中心", "330523106", "AJ-COUNTY", null),
            centre("AJ-TIANHUANGPING", TOWNSHIP, "天荒坪镇社会矛盾纠纷调处化解分中心", "330523107", "AJ-COUNTY", null),
            centre("AJ-ZHANGWU", TOWNSHIP, "鄣吴镇社会矛盾纠纷调处化解分中心", "330523108", "AJ-COUNTY", null),
            centre("AJ-XILONG", TOWNSHIP, "溪龙乡社会矛盾纠纷调处化解分中心", "330523201", "AJ-COUNTY", null),
            centre("AJ-SHANGSHU", TOWNSHIP, "上墅乡社会矛盾纠纷调处化解分中心", "330523202", "AJ-COUNTY", null),
            centre("AJ-SHANCHUAN", TOWNSHIP, "山川乡社会矛盾纠纷调处化解分中心", "330523203", "AJ-COUNTY", null),
            centre("WX-FEIYING-POLICE", POLICE_STATION, "飞英派出所矛盾纠纷调处化解分中心", "330502004", "WX-COUNTY", null),
            centre("NX-LINGHU-FISHERY", INDUSTRY, "菱湖渔业纠纷调处化解中心", "330503105", "NX-COUNTY", "FISHERY"),
            centre("DQ-WUSI-VILLAGE", VILLAGE, "五四村矛盾纠纷调解点", "330521003", "DQ-FUXI", null)
    );

    private HuzhouCentres() {
    }

    private static Centre centre(String code, CentreKind kind, String nameZh, String regionCode, String parentCode,
                                 String industry) {
        return new Centre(code, kind, nameZh, null, regionCode, regionCode.substring(0, 6), parentCode, industry,
                SERVICE_AREAS.getOrDefault(code, Set.of()));
    }
}
