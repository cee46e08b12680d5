"""Words of the meeting deck in each language: slide titles, captions and talking points.

Data labels shared with the Word proposal (priority and status names, "Vendor A")
come from :mod:`app.export.docx_labels` and :mod:`calculators.scoring`, so both
documents call things the same; what is here is the deck's own wording.
Placeholders (``{npv}``) are filled with texts written by :mod:`app.formatting`.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "zh_CN": {
        # slide titles, in deck order
        "title_key_figures": "关键指标",
        "title_radar": "竞争力对比",
        "title_scores": "加权评分",
        "title_cash_flow": "累计现金流与投资回收",
        "title_tco": "总体拥有成本（TCO）对比",
        "title_coverage": "需求覆盖",
        "title_scenarios": "情景分析",
        "title_closing": "谢谢",
        # title slide
        "prepared_for": "呈送：{client}",
        "quote_number": "报价编号 {number}",
        "by": "{company}",
        # subtitles
        "sub_key_figures": "{years}年期商业论证，折现率 {rate}",
        "sub_radar": "各维度评分（0–10 分），加粗线为{ours}",
        "sub_scores": "加权总分 = Σ 权重 × 评分（0–10 分）；{ours}排名第 {rank}（共 {count} 个方案）",
        "sub_cash_flow": "{payback}后收回投资；至{last_period}累计 {last}",
        "sub_cash_flow_none": "分析期（{years}年）内未收回投资；至{last_period}累计 {last}",
        "sub_tco": "{span}名义总成本，按 {users} 名用户计",
        "sub_coverage": "{covered} / {total} 项需求已覆盖；P0 必须满足需求覆盖 {p0}",
        "sub_scenarios": "不同假设下的净现值、投资回报率与回收期",
        "sub_closing": "期待与{client}共同推进",
        # tiles and tables
        "tile_total": "合计",
        "tile_detail_excl": "不含税 {value}",
        "tile_detail_discounted": "折现回收期 {value}",
        "tile_detail_p0": "{covered} / {total} 项 P0 需求",
        "col_criterion": "评价维度",
        "col_weight": "权重",
        "row_total": "加权总分",
        "row_rank": "排名",
        "col_priority": "需求等级",
        "col_needs": "需求数",
        "col_covered": "已覆盖",
        "col_partial": "部分覆盖",
        "col_uncovered": "未覆盖",
        "col_scenario": "情景",
        "col_npv": "净现值 NPV",
        "col_roi": "投资回报率 ROI",
        "col_irr": "内部收益率 IRR",
        "col_payback": "投资回收期",
        "col_period": "期间",
        "col_net": "当期净现金流",
        "col_cumulative": "累计现金流",
        "base_case": "（基准）",
        "cumulative": "累计现金流",
        "payback": "投资回收点",
        "payback_label": "回收 {months}",
        "months_axis": "项目启动后月数",
        "big_p0": "P0 需求覆盖",
        "big_all": "全部需求覆盖",
        "initial_and_years": "初始投入 + {years}年",
        "contact": "联系人",
        # talking points (speaker notes)
        "n_title": "感谢{client}各位拨冗参会。",
        "n_agenda": "今天的内容：{agenda}。",
        "n_total": "项目总投资 {incl}（含税），不含税 {excl}。",
        "n_total_novat": "项目总投资 {incl}。",
        "n_case": "{years}年期、折现率 {rate}：净现值 {npv}，投资回报率 {roi}，内部收益率 {irr}。",
        "n_payback": "投资回收期 {payback}（折现回收期 {discounted}）。",
        "n_p0": "P0 必须满足的需求覆盖 {p0}。",
        "n_rank": "{ours}加权总分 {total}（满分 10 分），在 {count} 个方案中排名第 {rank}。",
        "n_leads": "我方领先最明显的维度：{criteria}。",
        "n_vendors": "竞争对手以“厂商A/B”等代称显示，不点名。",
        "n_named": "竞争对手按客户同意的方式实名显示。",
        "n_weights": "先讲权重：排名由权重决定；请客户一起核对权重和评分。",
        "n_derived": "“{criteria}”的评分由 TCO 推导：成本最低得 10 分，最高得 1 分。",
        "n_evidence": "{criterion}（{score} 分）：{text}",
        "n_initial": "初始投入期净现金流 {initial}。",
        "n_crossing": "累计现金流在 {payback}后转正；至{last_period}累计 {last}。",
        "n_not_paid_back": "分析期内累计现金流未转正；至{last_period}累计 {last}。",
        "n_flows": "每期数字见右侧表格，均可追溯到商业论证中的假设。",
        "n_tco_ours": "{ours}：{span}总成本 {total}，现值 {pv}，每用户每月 {per_user}。",
        "n_tco_scope": "TCO 只计成本（名义值，{users} 名用户）；收益见现金流页。",
        "n_tco_lowest": "总成本最低的方案：{name}（{total}）。",
        "n_coverage": "共 {total} 项需求，已覆盖 {covered} 项、部分覆盖 {partial} 项、未覆盖 {uncovered} 项。",
        "n_open_need": "{priority} {text}：{status}{alternative}",
        "n_alternative": "；替代方案：{text}",
        "n_scenario_range": "净现值区间：{low}（{low_name}）至 {high}（{high_name}）。",
        "n_scenario_payback": "回收期区间：{fast} 至 {slow}。",
        "n_scenario_how": "各情景按比例调整收益驱动因素，成本不变。",
        "n_closing": "确认下一步安排和联系人。",
    },
    "en": {
        "title_key_figures": "Key figures",
        "title_radar": "Competitive comparison",
        "title_scores": "Weighted scores",
        "title_cash_flow": "Cumulative cash flow and payback",
        "title_tco": "Total cost of ownership",
        "title_coverage": "Your needs, covered",
        "title_scenarios": "Scenarios",
        "title_closing": "Thank you",
        "prepared_for": "Prepared for {client}",
        "quote_number": "Quote {number}",
        "by": "{company}",
        "sub_key_figures": "{years}-year business case at a {rate} discount rate",
        "sub_radar": "Score per criterion (0–10); {ours} in bold",
        "sub_scores": "Weighted total = Σ weight × score (0–10); {ours} ranks {rank} of {count}",
        "sub_cash_flow": "Paid back after {payback}; {last} cumulative by the end of {last_period}",
        "sub_cash_flow_none": "Not paid back within {years} years; {last} cumulative by the end of "
                              "{last_period}",
        "sub_tco": "Nominal total cost over {span}, for {users} users",
        "sub_coverage": "{covered} of {total} needs covered; P0 must-haves: {p0}",
        "sub_scenarios": "NPV, ROI and payback under each set of assumptions",
        "sub_closing": "We look forward to the next steps with {client}",
        "tile_total": "Total",
        "tile_detail_excl": "{value} excl. VAT",
        "tile_detail_discounted": "Discounted: {value}",
        "tile_detail_p0": "{covered} of {total} P0 needs",
        "col_criterion": "Criterion",
        "col_weight": "Weight",
        "row_total": "Weighted total",
        "row_rank": "Rank",
        "col_priority": "Priority",
        "col_needs": "Needs",
        "col_covered": "Covered",
        "col_partial": "Partly covered",
        "col_uncovered": "Not covered",
        "col_scenario": "Scenario",
        "col_npv": "NPV",
        "col_roi": "ROI",
        "col_irr": "IRR",
        "col_payback": "Payback",
        "col_period": "Period",
        "col_net": "Net cash flow",
        "col_cumulative": "Cumulative",
        "base_case": " (base case)",
        "cumulative": "Cumulative cash flow",
        "payback": "Payback",
        "payback_label": "Payback {months}",
        "months_axis": "Months from project start",
        "big_p0": "P0 needs covered",
        "big_all": "All needs covered",
        "initial_and_years": "Initial + {years} years",
        "contact": "Contact",
        "n_title": "Thank the {client} team for their time.",
        "n_agenda": "Today: {agenda}.",
        "n_total": "Total investment {incl} including VAT ({excl} excluding VAT).",
        "n_total_novat": "Total investment {incl}.",
        "n_case": "Over {years} years at a {rate} discount rate: NPV {npv}, ROI {roi}, IRR {irr}.",
        "n_payback": "Payback after {payback} (discounted: {discounted}).",
        "n_p0": "P0 must-have needs covered: {p0}.",
        "n_rank": "{ours} scores {total} of 10 weighted and ranks {rank} of {count}.",
        "n_leads": "Where we lead the best alternative most: {criteria}.",
        "n_vendors": "Competitors are shown as Vendor A, B, ... and not named.",
        "n_named": "Competitors are named, as agreed with the client.",
        "n_weights": "Start with the weights: they decide the ranking. Invite the client to check "
                     "weights and scores with you.",
        "n_derived": "{criteria} is scored from the TCO: the lowest cost scores 10, the highest 1.",
        "n_evidence": "{criterion} ({score}): {text}",
        "n_initial": "Net cash flow in the initial period: {initial}.",
        "n_crossing": "The cumulative cash flow turns positive after {payback}; {last} by the end "
                      "of {last_period}.",
        "n_not_paid_back": "The cumulative cash flow stays negative within the horizon; {last} by "
                           "the end of {last_period}.",
        "n_flows": "The table gives each period's figures; each traces to an assumption of the "
                   "business case.",
        "n_tco_ours": "{ours}: {total} over {span}, {pv} present value, {per_user} per user per "
                      "month.",
        "n_tco_scope": "TCO counts costs only (nominal, {users} users); the benefits are on the "
                       "cash-flow slide.",
        "n_tco_lowest": "Lowest total cost: {name} ({total}).",
        "n_coverage": "{total} needs: {covered} covered, {partial} partly covered, {uncovered} not "
                      "covered.",
        "n_open_need": "{priority} {text}: {status}{alternative}",
        "n_alternative": "; alternative: {text}",
        "n_scenario_range": "NPV ranges from {low} ({low_name}) to {high} ({high_name}).",
        "n_scenario_payback": "Payback ranges from {fast} to {slow}.",
        "n_scenario_how": "Each scenario scales the benefit drivers; the costs stay the same.",
        "n_closing": "Agree on the next steps and the contacts.",
    },
}


def words(language: str) -> dict[str, str]:
    """The deck's words in ``language`` (``zh_CN`` or ``en``)."""
    return WORDS["zh_CN" if language == "zh_CN" else "en"]


def listing(items: list[str], language: str) -> str:
    """Names that may contain "and" or commas themselves: 甲、乙、丙 / a; b; c."""
    return ("、" if language == "zh_CN" else "; ").join(item for item in items if item)


def ordinal_rank(rank: int, language: str) -> str:
    """1 -> "1st" in English; Chinese says 第1 in the sentence itself."""
    if language == "zh_CN":
        return str(rank)
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"
