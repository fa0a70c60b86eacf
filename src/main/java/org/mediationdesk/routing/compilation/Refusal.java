package org.mediationdesk.routing.compilation;

/** Why the rule policy refuses something, in Chinese and English; {0} is the name refused. */
enum Refusal {

    NAME("不允许在规则中使用 {0}", "Rules may not use {0}"),
    UNKNOWN_NAME("无法识别的名称 {0}：规则只能使用事实的字段、已绑定的变量、枚举常量和字面量",
            "Unknown name {0}: rules may only use fact fields, bound variables, enum constants and literals"),
    CONSTRUCT("规则中不允许使用 {0}", "Rules may not use {0}"),
    EXPRESSION("规则条件中不允许使用这种写法：{0}（只能比较事实的字段、已绑定的变量、枚举常量和字面量）",
            "Rule conditions may not be written like this: {0} (compare fact fields, bound variables, enum constants and literals)"),
    LOOP("规则和函数中不允许使用循环（{0}）：请用多条规则和条件表达",
            "Rules and functions may not loop ({0}): express it with rules and conditions"),
    RECURSION("函数不允许递归调用：{0}", "Functions may not call themselves: {0}");

    private final String chinese;
    private final String english;

    Refusal(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    RuleCompilationException.Problem at(String file, int line, String name) {
        return new RuleCompilationException.Problem(file, line, chinese.replace("{0}", name),
                english.replace("{0}", name));
    }
}
